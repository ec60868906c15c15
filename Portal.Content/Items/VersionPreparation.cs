using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Media;
using Portal.Content.Slugs;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Content.Workflow;

namespace Portal.Content.Items;

/// <summary>A draft checked and cleaned, ready to become a version row.</summary>
internal sealed record PreparedVersion(
    string Title, string? Summary, string Slug, string BodyJson, string FieldsJson, SeoSettings Seo, IReadOnlyList<Guid> TermIds, string PlainText);

/// <summary>
/// Everything a draft must pass before it is stored, the same for create, save and restore: title, fields of the
/// item's type, blocks (sanitised), terms, references to other items, media assets (warnings), slug.
/// </summary>
public sealed class VersionPreparation(RichTextSanitizer sanitizer, TimeProvider time)
{
    public const int MaxTitle = 200;

    internal async Task<(PreparedVersion? Version, List<ContentProblem> Problems)> PrepareAsync(
        ContentDbContext context, ContentType type, Guid itemId, string culture, Rendition rendition, string? currentSlug, ContentDraft draft, CancellationToken cancellationToken)
    {
        var problems = new List<ContentProblem>();
        var title = (draft.Title ?? "").Trim();
        if (title.Length == 0)
        {
            problems.Add(ContentProblem.Error(ContentCodes.Required, "title"));
        }
        else if (title.Length > MaxTitle)
        {
            problems.Add(ContentProblem.Error(ContentCodes.TooLong, "title"));
        }

        var summary = Optional(problems, "summary", draft.Summary, 1000);
        var seo = draft.Seo ?? new SeoSettings();
        seo = seo with
        {
            MetaTitle = Optional(problems, "seo.metaTitle", seo.MetaTitle, 200),
            MetaDescription = Optional(problems, "seo.metaDescription", seo.MetaDescription, 500),
            ImageAssetId = seo.ImageAssetId == Guid.Empty ? null : seo.ImageAssetId,
        };

        ContentFields? fields = null;
        if (draft.Fields is null || draft.Fields.Type != type)
        {
            problems.Add(ContentProblem.Error(ContentCodes.FieldsDoNotMatchType, "fields", type.ToString()));
        }
        else
        {
            var validation = new FieldValidation();
            fields = draft.Fields.Normalize(validation);
            problems.AddRange(validation.Problems);
        }

        var (blocks, blockProblems) = BlockValidation.Normalize(draft.Blocks, sanitizer, ContentTypes.Of(type).AllowedBlocks, time);
        problems.AddRange(blockProblems);

        var (termIds, termProblems) = await ContentTaxonomy.ResolveAsync(context, draft.Terms ?? new Dictionary<Vocabulary, IReadOnlyList<string>>(), cancellationToken);
        problems.AddRange(termProblems);
        if (fields is not null)
        {
            foreach (var (field, vocabulary, key) in fields.TermKeys())
            {
                if (!await ContentTaxonomy.ExistsAsync(context, vocabulary, key, cancellationToken))
                {
                    problems.Add(ContentProblem.Error(ContentCodes.UnknownTerm, field, key));
                }
            }
        }

        problems.AddRange(await CheckReferencesAsync(context, itemId, blocks, fields, cancellationToken));
        problems.AddRange(await MediaReferenceChecks.CheckAsync(context, blocks, fields, seo.ImageAssetId, ProblemSeverity.Warning, cancellationToken));
        if (fields is not null)
        {
            // What would stop publishing is said at every save, as a warning at its block: the draft is kept all the same.
            problems.AddRange(PublishChecks.Accessibility(blocks, fields).Select(p => p with { Severity = ProblemSeverity.Warning }));
        }

        var slug = draft.Slug is null ? currentSlug ?? SlugRules.FromTitle(title, itemId) : SlugRules.Normalize(draft.Slug);
        if (slug is null || !SlugRules.IsValid(slug))
        {
            problems.Add(ContentProblem.Error(ContentCodes.SlugInvalid, "slug", draft.Slug));
        }
        else if (await context.Set<ContentItem>().AnyAsync(i => i.Culture == culture && i.Rendition == rendition && i.Slug == slug && i.Id != itemId, cancellationToken))
        {
            if (draft.Slug is null && currentSlug is null)
            {
                slug = SlugRules.WithShortId(slug, itemId); // a generated slug that is taken: keep it readable, make it unique
            }
            else
            {
                problems.Add(ContentProblem.Error(ContentCodes.SlugTaken, "slug", slug));
            }
        }

        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return (null, problems);
        }

        var plainText = string.Join('\n', new[] { title, summary ?? "" }
            .Concat(fields!.PlainText())
            .Concat(blocks.SelectMany(b => b.PlainText()))
            .Where(t => !string.IsNullOrWhiteSpace(t)));
        var prepared = new PreparedVersion(
            title, summary, slug!, BlockJson.Serialize(blocks), JsonSerializer.Serialize(fields, BlockJson.Options), seo, termIds, plainText);
        return (prepared, problems);
    }

    private static async Task<List<ContentProblem>> CheckReferencesAsync(
        ContentDbContext context, Guid itemId, IReadOnlyList<Block> blocks, ContentFields? fields, CancellationToken cancellationToken)
    {
        var fromBlocks = blocks
            .SelectMany((b, i) => b.SelfAndDescendants($"blocks[{i}]"))
            .SelectMany(x => x.Block is ContentReferenceBlock reference && reference.ItemId != Guid.Empty ? [(x.Block, x.Path, reference.ItemId)] : Array.Empty<(Block, string, Guid)>())
            .ToList();
        var fromFields = fields?.ItemReferences().ToList() ?? [];
        var ids = fromBlocks.Select(r => r.Item3).Concat(fromFields.Select(r => r.ItemId)).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var existing = await context.Set<ContentItem>().AsNoTracking()
            .Where(i => ids.Contains(i.Id) && !i.IsDeleted)
            .ToDictionaryAsync(i => i.Id, i => i.Type, cancellationToken);
        var problems = new List<ContentProblem>();
        foreach (var (block, path, target) in fromBlocks)
        {
            if (!existing.ContainsKey(target) || target == itemId)
            {
                problems.Add(new ContentProblem(ContentCodes.UnknownReference) { BlockId = block.Id, BlockPath = path, BlockType = block.BlockType, Field = "itemId", Value = target.ToString() });
            }
        }

        foreach (var (field, target, expectedType) in fromFields)
        {
            if (!existing.TryGetValue(target, out var actual) || actual != expectedType || target == itemId)
            {
                problems.Add(ContentProblem.Error(ContentCodes.UnknownReference, field, target.ToString()));
            }
        }

        return problems;
    }

    private static string? Optional(List<ContentProblem> problems, string field, string? value, int maxLength)
    {
        var text = value?.Trim();
        if (text is { Length: > 0 } && text.Length > maxLength)
        {
            problems.Add(ContentProblem.Error(ContentCodes.TooLong, field));
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }
}
