using Microsoft.EntityFrameworkCore;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Content.Downloads;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Taxonomy;

namespace Portal.Content.Oversight;

/// <summary>
/// The Content module's part of the oversight figures: publications per owning department and downloads of public
/// files, by file and by audience. Content is province-wide (departments are not regions), so these figures are the
/// same for every oversight reader. Published content and download counts are public facts; no reader data exists.
/// </summary>
public sealed class ContentOversight(ContentContexts contexts)
{
    /// <param name="start">Publications from this instant.</param>
    /// <param name="end">Publications before this instant.</param>
    /// <param name="firstDownloadDay">Downloads from this UTC day (inclusive).</param>
    /// <param name="lastDownloadDay">Downloads to this UTC day (inclusive).</param>
    public async Task<ContentOversightFigures> GetAsync(DateTimeOffset start, DateTimeOffset end, DateOnly firstDownloadDay, DateOnly lastDownloadDay, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var publications = await (from version in context.Set<ContentVersion>().AsNoTracking()
                                  where version.PublishedAt >= start && version.PublishedAt < end
                                  join item in context.Set<ContentItem>() on version.ItemId equals item.Id
                                  group item by item.OwnerDepartmentId into g
                                  select new { DepartmentId = g.Key, Count = g.LongCount() }).ToDictionaryAsync(p => p.DepartmentId, p => p.Count, cancellationToken);
        var newItems = await context.Set<ContentItem>().AsNoTracking()
            .Where(i => i.FirstPublishedAt >= start && i.FirstPublishedAt < end)
            .GroupBy(i => i.OwnerDepartmentId)
            .Select(g => new { DepartmentId = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(p => p.DepartmentId, p => p.Count, cancellationToken);
        var departments = await context.Set<Department>().AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Key).ToListAsync(cancellationToken);
        var byDepartment = departments
            .Where(d => publications.ContainsKey(d.Id) || newItems.ContainsKey(d.Id))
            .Select(d => new DepartmentPublications(d.Id, d.NameZh, d.NameEn, newItems.GetValueOrDefault(d.Id), publications.GetValueOrDefault(d.Id)))
            .ToList();

        var (first, last) = (firstDownloadDay.DayNumber, lastDownloadDay.DayNumber);
        var downloads = await context.Set<MediaDownloadDay>().AsNoTracking()
            .Where(d => d.Day >= first && d.Day <= last)
            .GroupBy(d => d.AssetId)
            .Select(g => new { AssetId = g.Key, Count = g.Sum(d => d.Count) })
            .ToDictionaryAsync(d => d.AssetId, d => d.Count, cancellationToken);
        var assetIds = downloads.Keys.ToList();
        var names = await context.Set<MediaAsset>().AsNoTracking().Where(a => assetIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.OriginalFileName, cancellationToken);
        var byResource = downloads
            .Select(d => new ResourceDownloads(d.Key, names.GetValueOrDefault(d.Key) ?? d.Key.ToString(), d.Value))
            .OrderByDescending(r => r.Downloads).ThenBy(r => r.FileName, StringComparer.Ordinal)
            .ToList();

        return new ContentOversightFigures(byDepartment, byResource, await ByAudienceAsync(context, downloads, cancellationToken), downloads.Values.Sum());
    }

    /// <summary>Through the usage index: the audiences of the live versions (of items not deleted) that use each file.</summary>
    private static async Task<IReadOnlyList<AudienceDownloads>> ByAudienceAsync(ContentDbContext context, Dictionary<Guid, long> downloads, CancellationToken cancellationToken)
    {
        var assetIds = downloads.Keys.ToList();
        var uses = await (from usage in context.Set<MediaUsage>().AsNoTracking()
                          where assetIds.Contains(usage.AssetId)
                          join item in context.Set<ContentItem>() on usage.VersionId equals item.PublishedVersionId
                          where !item.IsDeleted
                          join versionTerm in context.Set<VersionTerm>() on usage.VersionId equals versionTerm.VersionId
                          join term in context.Set<Term>() on versionTerm.TermId equals term.Id
                          where term.Vocabulary == Vocabulary.Audience
                          select new { usage.AssetId, term.Id, term.Key, term.SortOrder }).Distinct().ToListAsync(cancellationToken);
        var termIds = uses.Select(u => u.Id).Distinct().ToList();
        var labels = await context.Set<TermLabel>().AsNoTracking().Where(l => termIds.Contains(l.TermId)).ToListAsync(cancellationToken);
        string Label(Guid termId, string culture, string fallback) =>
            labels.FirstOrDefault(l => l.TermId == termId && l.Culture.StartsWith(culture, StringComparison.Ordinal))?.Label ?? fallback;

        var rows = uses.GroupBy(u => new { u.Id, u.Key, u.SortOrder })
            .OrderBy(g => g.Key.SortOrder).ThenBy(g => g.Key.Key, StringComparer.Ordinal)
            .Select(g => new AudienceDownloads(g.Key.Key, Label(g.Key.Id, "zh", g.Key.Key), Label(g.Key.Id, "en", g.Key.Key), g.Select(u => u.AssetId).Distinct().Sum(a => downloads[a])))
            .ToList();
        var withAudience = uses.Select(u => u.AssetId).ToHashSet();
        var without = downloads.Where(d => !withAudience.Contains(d.Key)).Sum(d => d.Value);
        if (without > 0)
        {
            rows.Add(new AudienceDownloads(null, "未标注读者对象", "No audience named", without));
        }

        return rows;
    }
}
