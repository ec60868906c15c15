using Portal.Content.Delivery;
using Portal.Content.Media;
using Portal.Web.PublicSite.Downloads;

namespace Portal.Web.PublicSite.Hubs;

/// <summary>A hub as the page shows it: each section's live items, and the public files they offer.</summary>
public sealed record HubContent(
    HubDefinition Definition,
    IReadOnlyList<(HubSection Section, IReadOnlyList<PublishedListItem> Items)> Sections,
    IReadOnlyDictionary<Guid, MediaFile> Files)
{
    public IEnumerable<string> CacheTags(string culture) => Sections.SelectMany(s => s.Section.CacheTags(culture)).Distinct(StringComparer.Ordinal);
}

/// <summary>Reads a hub's sections from the live content (one list query per section; hubs have a handful).</summary>
public sealed class HubReader(PublishedListing listing, MediaLibrary media)
{
    public async Task<HubContent> ReadAsync(HubDefinition definition, string culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var sections = new List<(HubSection, IReadOnlyList<PublishedListItem>)>();
        foreach (var section in definition.Sections)
        {
            var items = await listing.ListAsync(section.Query(culture), cancellationToken);
            sections.Add((section, section.Where is { } where ? [.. items.Where(where)] : items));
        }

        var assetIds = sections.SelectMany(s => s.Item2).SelectMany(DownloadableFiles.Of).Select(f => f.AssetId);
        var files = await media.DescribePublicFilesAsync(assetIds, cancellationToken);
        return new HubContent(definition, sections, files);
    }
}
