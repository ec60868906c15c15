using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Content.Types;
using Portal.Content.Workflow;

namespace Portal.Content.Items;

/// <summary>One member of a variant set.</summary>
public sealed record VariantInfo(Guid ItemId, string Culture, Rendition Rendition, string Slug, string Title, bool IsLive);

/// <summary>Variant sets: the same message in other cultures (zh-CN, en) and renditions (EasyRead, LargePrint, ...).</summary>
public sealed class ContentVariants(ContentContexts contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<VariantInfo>> OfItemAsync(Guid itemId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var setId = await context.Set<ContentItem>().Where(i => i.Id == itemId).Select(i => (Guid?)i.VariantSetId).SingleOrDefaultAsync(cancellationToken);
        return setId is { } set ? await OfSetAsync(context, set, cancellationToken) : [];
    }

    /// <summary>The items of a variant set (deleted ones left out), Chinese first, then by rendition.</summary>
    internal static async Task<IReadOnlyList<VariantInfo>> OfSetAsync(ContentDbContext context, Guid variantSetId, CancellationToken cancellationToken)
    {
        var items = await OfSet.For(context)(context, variantSetId).ToListAsync(cancellationToken);
        return [.. items.OrderBy(i => CultureOrder(i.Culture)).ThenBy(i => i.Rendition)];
    }

    private static readonly CompiledPerModel<Func<ContentDbContext, Guid, IAsyncEnumerable<VariantInfo>>> OfSet = new(() => EF.CompileAsyncQuery(
        (ContentDbContext context, Guid variantSetId) => context.Set<ContentItem>()
            .Where(i => i.VariantSetId == variantSetId && !i.IsDeleted)
            .Select(i => new VariantInfo(i.Id, i.Culture, i.Rendition, i.Slug, i.Title, i.PublishedVersionId != null))));

    private static int CultureOrder(string culture)
    {
        var index = ContentCultures.All.ToList().IndexOf(culture);
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>Moves <paramref name="itemId"/> into the variant set of <paramref name="targetItemId"/> (same type, a free culture/rendition slot).</summary>
    public async Task<ContentResult<bool>> LinkAsync(ContentActor actor, Guid itemId, Guid targetItemId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await context.Set<ContentItem>().SingleOrDefaultAsync(i => i.Id == itemId && !i.IsDeleted, cancellationToken);
        var target = await context.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == targetItemId && !i.IsDeleted, cancellationToken);
        if (item is null || target is null)
        {
            return ContentResult.NotFound<bool>(item is null ? "itemId" : "targetItemId");
        }

        if (!await DepartmentAccess.HasRoleAsync(context, actor, ContentRole.Editor, item.OwnerDepartmentId, cancellationToken))
        {
            return ContentResult.Forbidden<bool>(ContentCodes.AccessDenied);
        }

        if (item.Type != target.Type)
        {
            return ContentResult.Invalid<bool>([ContentProblem.Error(ContentCodes.VariantTypeMismatch, "targetItemId", target.Type.ToString())]);
        }

        if (await context.Set<ContentItem>().AnyAsync(
                i => i.VariantSetId == target.VariantSetId && i.Culture == item.Culture && i.Rendition == item.Rendition && i.Id != item.Id, cancellationToken))
        {
            return ContentResult.Invalid<bool>([ContentProblem.Error(ContentCodes.VariantExists, "targetItemId", $"{item.Culture}/{item.Rendition}")]);
        }

        item.VariantSetId = target.VariantSetId;
        item.UpdatedAt = time.GetUtcNow();
        ContentAuditLog.Record(context, item.UpdatedAt, actor, AuditAction.VariantLinked, item.Id, null, item.OwnerDepartmentId, $"variant of {target.Id}");
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success<bool>(true);
    }
}
