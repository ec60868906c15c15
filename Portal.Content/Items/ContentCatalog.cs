using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Content.Search;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Content.Workflow;

namespace Portal.Content.Items;

/// <summary>Filters of the manager's content list; all optional, combined with AND.</summary>
public sealed record ContentListQuery
{
    public ContentType? Type { get; init; }

    public string? Culture { get; init; }

    public Rendition? Rendition { get; init; }

    public VersionState? State { get; init; }

    public Guid? DepartmentId { get; init; }

    /// <summary>Part of the title (of the latest version).</summary>
    public string? TitleContains { get; init; }

    /// <summary>
    /// Text that must occur in the working copy's title or text, e.g. <c>招工 诈骗</c>: every gram of it (Chinese
    /// bigrams, other words; <see cref="SearchText"/>), looked up in <see cref="DraftSearchPosting"/>, for editors finding
    /// their own drafts. Readers' search is <see cref="ContentSearch"/>; a query of more than
    /// <see cref="SearchText.MaxQueryGrams"/> grams uses only the first ones.
    /// </summary>
    public string? Text { get; init; }

    public bool LiveOnly { get; init; }

    /// <summary>Only items with a publication or a take-down scheduled.</summary>
    public bool ScheduledOnly { get; init; }

    /// <summary>Only these items (e.g. to show the titles of a curriculum's lessons).</summary>
    public IReadOnlyCollection<Guid>? ItemIds { get; init; }

    /// <summary>Only the departments where the person holds this role (the review queue: where they review), not any role.</summary>
    public ContentRole? WithRole { get; init; }

    /// <summary>Items whose latest version is tagged with this term, e.g. (Audience, teachers).</summary>
    public TermFilter? Term { get; init; }

    public int PageNumber { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

/// <summary>A term of a vocabulary, by key.</summary>
public sealed record TermFilter(Vocabulary Vocabulary, string Key);

/// <summary>A row of the manager's content list.</summary>
public sealed record ContentListRow(
    Guid ItemId, ContentType Type, string Culture, Rendition Rendition, string Title, string Slug, VersionState State, int LatestNumber, bool IsLive,
    Guid OwnerDepartmentId, DateTimeOffset UpdatedAt, DateTimeOffset? UnpublishAt);

/// <summary>The manager's content list: server-side filters and paging over the items of the departments where the person holds a role.</summary>
public sealed class ContentCatalog(ContentContexts contexts)
{
    public async Task<Page<ContentListRow>> ListAsync(ContentActor actor, ContentListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var items = context.Set<ContentItem>().AsNoTracking().Where(i => !i.IsDeleted);
        if (!actor.IsAdministrator && !actor.IsSystem)
        {
            var visible = (query.WithRole is { } role
                ? await DepartmentAccess.DepartmentsWithRoleAsync(context, actor, role, cancellationToken)
                : await DepartmentAccess.DepartmentsWithAnyRoleAsync(context, actor, cancellationToken)).ToList();
            items = items.Where(i => visible.Contains(i.OwnerDepartmentId));
        }

        if (query.ItemIds is { } itemIds)
        {
            var ids = itemIds.ToList();
            items = items.Where(i => ids.Contains(i.Id));
        }

        if (query.Type is { } type)
        {
            items = items.Where(i => i.Type == type);
        }

        if (query.Culture is { Length: > 0 } culture)
        {
            items = items.Where(i => i.Culture == culture);
        }

        if (query.Rendition is { } rendition)
        {
            items = items.Where(i => i.Rendition == rendition);
        }

        if (query.State is { } state)
        {
            items = items.Where(i => i.LatestState == state);
        }

        if (query.DepartmentId is { } department)
        {
            items = items.Where(i => i.OwnerDepartmentId == department);
        }

        if (query.TitleContains is { Length: > 0 } text)
        {
            items = items.Where(i => i.Title.Contains(text.Trim()));
        }

        if (SearchText.QueryGrams(query.Text) is { Count: > 0 } queryGrams)
        {
            var grams = queryGrams.Take(SearchText.MaxQueryGrams).ToList();
            var gramCount = grams.Count;
            var matching = context.Set<DraftSearchPosting>().Where(p => grams.Contains(p.Gram))
                .GroupBy(p => p.ItemId).Where(g => g.Count() == gramCount).Select(g => g.Key);
            items = items.Where(i => matching.Contains(i.Id));
        }

        if (query.Term is { } term)
        {
            var vocabulary = term.Vocabulary;
            var key = term.Key;
            var termIds = context.Set<Term>().Where(t => t.Vocabulary == vocabulary && t.Key == key).Select(t => t.Id);
            items = items.Where(i => context.Set<VersionTerm>().Any(vt => vt.VersionId == i.LatestVersionId && termIds.Contains(vt.TermId)));
        }

        if (query.LiveOnly)
        {
            items = items.Where(i => i.PublishedVersionId != null);
        }

        if (query.ScheduledOnly)
        {
            items = items.Where(i => i.UnpublishAt != null
                || context.Set<ContentVersion>().Any(v => v.Id == i.LatestVersionId && v.State == VersionState.Approved && v.PublishAt != null));
        }

        var (skip, take) = Paging.Bounds(query.PageNumber, query.PageSize);
        var total = await items.CountAsync(cancellationToken);
        var rows = await items.OrderByDescending(i => i.UpdatedAt).ThenByDescending(i => i.Id).Skip(skip).Take(take)
            .Select(i => new ContentListRow(
                i.Id, i.Type, i.Culture, i.Rendition, i.Title, i.Slug, i.LatestState, i.LatestNumber, i.PublishedVersionId != null, i.OwnerDepartmentId, i.UpdatedAt, i.UnpublishAt))
            .ToListAsync(cancellationToken);
        return new Page<ContentListRow>(rows, skip / take + 1, take, total);
    }
}
