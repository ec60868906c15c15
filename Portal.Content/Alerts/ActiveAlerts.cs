using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Items;
using Portal.Content.Types;

namespace Portal.Content.Alerts;

/// <summary>An alert as the home page and the alerts page list it.</summary>
public sealed record ActiveAlert(
    Guid ItemId, string Culture, string Slug, string Title, string? Summary, AlertKind Kind, DateTimeOffset ExpiresAt,
    string? ContactPhone, DateTimeOffset PublishedAt);

/// <summary>
/// The live alerts of a culture whose expiry has not passed, newest first. The scheduler unpublishes an alert at its
/// expiry, but only on its next round; this asks the clock itself, so an expired alert is never listed in between.
/// </summary>
public sealed class ActiveAlerts(ContentContexts contexts, TimeProvider time)
{
    public const int MaxListed = 50;

    public async Task<IReadOnlyList<ActiveAlert>> ListAsync(string culture, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from i in context.Set<ContentItem>().AsNoTracking()
                          join v in context.Set<ContentVersion>().AsNoTracking() on i.PublishedVersionId equals v.Id
                          where i.Type == ContentType.Alert && i.Culture == culture && i.Rendition == Rendition.Standard && !i.IsDeleted
                                && (i.UnpublishAt == null || i.UnpublishAt > now)
                          orderby i.PublishedAt descending, i.Id
                          select new { i.Id, i.Slug, i.PublishedAt, Version = v })
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => (Row: r, Fields: r.Version.ReadFields() as AlertFields))
            .Where(r => r.Fields is not null && r.Fields.ExpiresAt > now)
            .Select(r => new ActiveAlert(
                r.Row.Id, culture, r.Row.Slug, r.Row.Version.Title, r.Row.Version.Summary, r.Fields!.Kind, r.Fields.ExpiresAt,
                r.Fields.ContactPhone, r.Row.PublishedAt ?? r.Row.Version.PublishedAt ?? now))];
    }
}
