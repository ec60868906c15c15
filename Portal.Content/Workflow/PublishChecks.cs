using Microsoft.EntityFrameworkCore;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Taxonomy;
using Portal.Content.Types;

namespace Portal.Content.Workflow;

/// <summary>
/// What must hold before a version goes live. Errors refuse publishing and name the block (or field): an image
/// without alt text, a video without captions, an audio without a transcript, a file that is not in the media library
/// or not of the kind its place needs, an expired alert. A warning does not
/// refuse: content for readers with intellectual disabilities that has no EasyRead variant.
/// </summary>
internal static class PublishChecks
{
    public static async Task<List<ContentProblem>> RunAsync(ContentDbContext context, ContentItem item, ContentVersion version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var blocks = version.ReadBlocks();
        var fields = version.ReadFields();
        var problems = Accessibility(blocks, fields).ToList();
        problems.AddRange(await MediaReferenceChecks.CheckAsync(context, blocks, fields, version.SeoImageAssetId, ProblemSeverity.Error, cancellationToken));
        if (fields is AlertFields alert && alert.ExpiresAt <= now)
        {
            problems.Add(ContentProblem.Error(ContentCodes.OutOfRange, "fields.expiresAt"));
        }

        var intellectual = TaxonomySeed.IdOf(Vocabulary.Audience, TaxonomySeed.IntellectualDisability);
        if (item.Rendition != Rendition.EasyRead
            && await context.Set<VersionTerm>().AnyAsync(vt => vt.VersionId == version.Id && vt.TermId == intellectual, cancellationToken)
            && !await context.Set<ContentItem>().AnyAsync(
                i => i.VariantSetId == item.VariantSetId && i.Culture == item.Culture && i.Rendition == Rendition.EasyRead && !i.IsDeleted, cancellationToken))
        {
            problems.Add(ContentProblem.Warning(ContentCodes.EasyReadVariantMissing, "terms.Audience", TaxonomySeed.IntellectualDisability));
        }

        return problems;
    }

    /// <summary>The accessibility errors of a body and its fields: what publishing (and submitting) refuses, and saving warns of.</summary>
    public static IEnumerable<ContentProblem> Accessibility(IReadOnlyList<Block> blocks, ContentFields fields)
    {
        for (var index = 0; index < blocks.Count; index++)
        {
            foreach (var (block, path) in blocks[index].SelfAndDescendants($"blocks[{index}]"))
            {
                foreach (var problem in block.AccessibilityProblems(path))
                {
                    yield return problem;
                }
            }
        }

        foreach (var problem in fields.AccessibilityProblems())
        {
            yield return problem;
        }
    }
}
