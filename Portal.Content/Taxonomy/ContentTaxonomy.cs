using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;

namespace Portal.Content.Taxonomy;

/// <summary>Reads the vocabularies and turns term keys given by editors into term ids, naming any unknown key.</summary>
public sealed class ContentTaxonomy(ContentContexts contexts)
{
    /// <summary>The vocabulary as a tree, labels in <paramref name="culture"/> (Chinese when a label is missing).</summary>
    public async Task<IReadOnlyList<TermNode>> TreeAsync(Vocabulary vocabulary, string culture, CancellationToken cancellationToken = default) =>
        (await TreesAsync([vocabulary], culture, cancellationToken))[vocabulary];

    /// <summary>
    /// Several vocabularies as trees from one query (a page with three filters asks once, not three times); labels in
    /// <paramref name="culture"/>, else Chinese, else the key. The taxonomy is small, so it is read whole.
    /// </summary>
    public async Task<IReadOnlyDictionary<Vocabulary, IReadOnlyList<TermNode>>> TreesAsync(
        IReadOnlyCollection<Vocabulary> vocabularies, string culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vocabularies);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var terms = await AllTerms.For(context)(context, culture).ToListAsync(cancellationToken);
        var trees = new Dictionary<Vocabulary, IReadOnlyList<TermNode>>();
        foreach (var vocabulary in vocabularies)
        {
            var children = terms.Where(t => t.Vocabulary == vocabulary).ToLookup(t => t.ParentId);
            List<TermNode> Build(Guid? parent) =>
                [.. children[parent].OrderBy(t => t.SortOrder).Select(t => new TermNode(t.Id, t.Key, t.Label, Build(t.Id)))];
            trees[vocabulary] = Build(null);
        }

        return trees;
    }

    private static readonly CompiledPerModel<Func<ContentDbContext, string, IAsyncEnumerable<LabelledTerm>>> AllTerms = new(() => EF.CompileAsyncQuery(
        (ContentDbContext context, string culture) =>
            context.Set<Term>().Select(t => new LabelledTerm(
                t.Id,
                t.Vocabulary,
                t.Key,
                t.ParentId,
                t.SortOrder,
                context.Set<TermLabel>().Where(l => l.TermId == t.Id && l.Culture == culture).Select(l => l.Label).FirstOrDefault()
                    ?? context.Set<TermLabel>().Where(l => l.TermId == t.Id && l.Culture == ContentCultures.Chinese).Select(l => l.Label).FirstOrDefault()
                    ?? t.Key))));

    private sealed record LabelledTerm(Guid Id, Vocabulary Vocabulary, string Key, Guid? ParentId, int SortOrder, string Label);

    /// <summary>The terms of a version, labelled in <paramref name="culture"/>.</summary>
    public async Task<IReadOnlyList<TermRef>> TermsOfVersionAsync(Guid versionId, string culture, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await TermsOfVersionAsync(context, versionId, culture, cancellationToken);
    }

    /// <summary>
    /// The terms of a version with their labels in one query: the label in <paramref name="culture"/>, else the Chinese
    /// one, else the key. One round trip, because every public page render asks it.
    /// </summary>
    internal static async Task<IReadOnlyList<TermRef>> TermsOfVersionAsync(ContentDbContext context, Guid versionId, string culture, CancellationToken cancellationToken) =>
        await TermsOfVersion.For(context)(context, versionId, culture).ToListAsync(cancellationToken);

    private static readonly CompiledPerModel<Func<ContentDbContext, Guid, string, IAsyncEnumerable<TermRef>>> TermsOfVersion = new(() => EF.CompileAsyncQuery(
        (ContentDbContext context, Guid versionId, string culture) =>
            from vt in context.Set<VersionTerm>()
            join t in context.Set<Term>() on vt.TermId equals t.Id
            where vt.VersionId == versionId
            orderby t.Vocabulary, t.SortOrder, t.Key
            select new TermRef(
                t.Vocabulary,
                t.Key,
                context.Set<TermLabel>().Where(l => l.TermId == t.Id && l.Culture == culture).Select(l => l.Label).FirstOrDefault()
                    ?? context.Set<TermLabel>().Where(l => l.TermId == t.Id && l.Culture == ContentCultures.Chinese).Select(l => l.Label).FirstOrDefault()
                    ?? t.Key)));

    /// <summary>
    /// The ids of the given keys per vocabulary, or a <see cref="ContentCodes.UnknownTerm"/> problem per key that does not
    /// exist (field <c>terms.Audience</c> etc., value the key).
    /// </summary>
    internal static async Task<(List<Guid> Ids, List<ContentProblem> Problems)> ResolveAsync(
        ContentDbContext context, IReadOnlyDictionary<Vocabulary, IReadOnlyList<string>> keys, CancellationToken cancellationToken)
    {
        var ids = new List<Guid>();
        var problems = new List<ContentProblem>();
        foreach (var (vocabulary, requested) in keys)
        {
            var distinct = requested.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count == 0)
            {
                continue;
            }

            var found = await context.Set<Term>().AsNoTracking()
                .Where(t => t.Vocabulary == vocabulary && distinct.Contains(t.Key))
                .ToDictionaryAsync(t => t.Key, t => t.Id, StringComparer.Ordinal, cancellationToken);
            foreach (var key in distinct)
            {
                if (found.TryGetValue(key, out var id))
                {
                    ids.Add(id);
                }
                else
                {
                    problems.Add(ContentProblem.Error(ContentCodes.UnknownTerm, $"terms.{vocabulary}", key));
                }
            }
        }

        return (ids, problems);
    }

    /// <summary>Whether <paramref name="key"/> is a term of <paramref name="vocabulary"/> (for typed fields such as a grade band).</summary>
    internal static Task<bool> ExistsAsync(ContentDbContext context, Vocabulary vocabulary, string key, CancellationToken cancellationToken) =>
        context.Set<Term>().AnyAsync(t => t.Vocabulary == vocabulary && t.Key == key, cancellationToken);
}
