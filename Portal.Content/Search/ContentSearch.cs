using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Items;
using Portal.Content.Taxonomy;

namespace Portal.Content.Search;

/// <summary>
/// Search over published content (the public search page and the JSON API): every gram of the query must occur in a
/// hit; hits with the query in the title come first, then by how often the body has it, then newest first. Without a
/// query, everything that matches the filters, newest first. Anonymous: it only ever sees live versions.
/// </summary>
public sealed class ContentSearch(ContentContexts contexts)
{
    public async Task<ContentResult<Page<ContentSearchHit>>> SearchAsync(ContentSearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = Validate(query);
        var grams = SearchText.QueryGrams(query.Text);
        if (grams.Count > SearchText.MaxQueryGrams)
        {
            problems.Add(ContentProblem.Error(ContentCodes.TooLong, "q"));
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var termFilters = new List<IReadOnlyList<Guid>>();
        foreach (var (vocabulary, key, field) in new[] { (Vocabulary.Audience, query.Audience, "audience"), (Vocabulary.Topic, query.Topic, "topic"), (Vocabulary.Setting, query.Setting, "setting") })
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                continue;
            }

            var ids = await TermWithDescendantsAsync(context, vocabulary, key.Trim(), cancellationToken);
            if (ids.Count == 0)
            {
                problems.Add(ContentProblem.Error(ContentCodes.UnknownTerm, field, key));
            }

            termFilters.Add(ids);
        }

        if (problems.Count > 0)
        {
            return ContentResult.Invalid<Page<ContentSearchHit>>(problems);
        }

        var documents = context.Set<SearchDocument>().AsNoTracking();
        if (query.Culture is { Length: > 0 } culture)
        {
            documents = documents.Where(d => d.Culture == culture);
        }

        if (query.Rendition is { } rendition)
        {
            documents = documents.Where(d => d.Rendition == rendition);
        }

        if (query.Type is { } type)
        {
            documents = documents.Where(d => d.Type == type);
        }

        foreach (var ids in termFilters)
        {
            documents = documents.Where(d => context.Set<VersionTerm>().Any(vt => vt.VersionId == d.VersionId && ids.Contains(vt.TermId)));
        }

        var pageSize = Math.Clamp(query.PageSize, 1, ContentSearchQuery.MaxPageSize);
        var (skip, take) = Paging.Bounds(query.PageNumber, pageSize);
        int total;
        List<SearchDocument> rows;
        if (grams.Count == 0)
        {
            total = await documents.CountAsync(cancellationToken);
            rows = await documents.OrderByDescending(d => d.PublishedAt).ThenBy(d => d.ItemId).Skip(skip).Take(take).ToListAsync(cancellationToken);
        }
        else
        {
            var gramCount = grams.Count;
            var scores = context.Set<SearchPosting>()
                .Where(p => grams.Contains(p.Gram))
                .GroupBy(p => p.ItemId)
                .Where(g => g.Count() == gramCount)
                .Select(g => new { ItemId = g.Key, TitleGrams = g.Count(p => p.TitleCount > 0), Title = g.Sum(p => p.TitleCount), Body = g.Sum(p => p.BodyCount) });
            var ranked = from d in documents
                         join s in scores on d.ItemId equals s.ItemId
                         select new { Document = d, s.TitleGrams, s.Title, s.Body };
            total = await ranked.CountAsync(cancellationToken);
            rows = await ranked
                .OrderByDescending(r => r.TitleGrams).ThenByDescending(r => r.Title).ThenByDescending(r => r.Body)
                .ThenByDescending(r => r.Document.PublishedAt).ThenBy(r => r.Document.ItemId)
                .Skip(skip).Take(take).Select(r => r.Document).ToListAsync(cancellationToken);
        }

        var versionIds = rows.Select(r => r.VersionId).ToList();
        var texts = await context.Set<ContentVersion>().AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.PlainText }).ToDictionaryAsync(v => v.Id, v => v.PlainText, cancellationToken);
        var hits = rows.Select(d => new ContentSearchHit(
            d.ItemId, d.Type, d.Culture, d.Rendition, d.Slug, d.Title, d.Summary, d.PublishedAt,
            SearchSnippets.Build(SearchSnippets.Body(d.Title, texts.GetValueOrDefault(d.VersionId) ?? ""), query.Text))).ToList();
        return ContentResult.Success(new Page<ContentSearchHit>(hits, skip / take + 1, take, total));
    }

    private static List<ContentProblem> Validate(ContentSearchQuery query)
    {
        var problems = new List<ContentProblem>();
        if (query.Text is { Length: > ContentSearchQuery.MaxQueryLength })
        {
            problems.Add(ContentProblem.Error(ContentCodes.TooLong, "q"));
        }

        if (query.Culture is { Length: > 0 } culture && !ContentCultures.IsSupported(culture))
        {
            problems.Add(ContentProblem.Error(ContentCodes.UnsupportedCulture, "culture", culture));
        }

        if (query.PageNumber is < 1 or > ContentSearchQuery.MaxPageNumber)
        {
            problems.Add(ContentProblem.Error(ContentCodes.OutOfRange, "page"));
        }

        if (query.PageSize < 1)
        {
            problems.Add(ContentProblem.Error(ContentCodes.OutOfRange, "pageSize"));
        }

        return problems;
    }

    /// <summary>The term and every term below it (the vocabularies are small, so the tree is walked in memory).</summary>
    private static async Task<IReadOnlyList<Guid>> TermWithDescendantsAsync(ContentDbContext context, Vocabulary vocabulary, string key, CancellationToken cancellationToken)
    {
        var terms = await context.Set<Term>().AsNoTracking().Where(t => t.Vocabulary == vocabulary)
            .Select(t => new { t.Id, t.Key, t.ParentId }).ToListAsync(cancellationToken);
        var root = terms.FirstOrDefault(t => t.Key == key);
        if (root is null)
        {
            return [];
        }

        var found = new List<Guid> { root.Id };
        for (var i = 0; i < found.Count; i++)
        {
            found.AddRange(terms.Where(t => t.ParentId == found[i]).Select(t => t.Id));
        }

        return found;
    }
}
