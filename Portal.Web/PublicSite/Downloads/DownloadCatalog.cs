using Portal.Content.Common;
using Portal.Content.Delivery;
using Portal.Content.Media;
using Portal.Content.Publication;
using Portal.Content.Taxonomy;
using Portal.Content.Types;

namespace Portal.Web.PublicSite.Downloads;

/// <summary>One row of the download centre: a file of a live item, or a curriculum's whole pack (no stored file, no size).</summary>
public sealed record DownloadRow(PublishedListItem Item, DownloadableFile? File, MediaFile? Media, string Format)
{
    public bool IsCurriculumPack => File is null;
}

/// <summary>A page of the download centre, or the problems that stopped it.</summary>
public sealed record DownloadPage(IReadOnlyList<DownloadRow> Rows, int PageNumber, int TotalRows, IReadOnlyList<string> Problems)
{
    public int PageCount => Math.Max(1, (TotalRows + DownloadFilter.PageSize - 1) / DownloadFilter.PageSize);
}

/// <summary>
/// The download centre's list: every file of live resources, posters, venue kits and curricula (plus each curriculum's
/// pack) that passes the filters, newest item first, <see cref="DownloadFilter.PageSize"/> a page. Format is a property
/// of the file, not of the item, so items are filtered in the database and files here; the list is bounded by
/// <see cref="PublishedListQuery.MaxItems"/>.
/// </summary>
public sealed class DownloadCatalog(PublishedListing listing, MediaLibrary media, ContentTaxonomy taxonomy)
{
    public async Task<DownloadPage> ReadAsync(DownloadFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var problems = filter.Problems.ToList();
        if (filter.Audience is { } audience && !await ExistsAsync(Vocabulary.Audience, audience, cancellationToken))
        {
            problems.Add("Downloads_BadAudience");
        }

        if (filter.Setting is { } setting && !await ExistsAsync(Vocabulary.Setting, setting, cancellationToken))
        {
            problems.Add("Downloads_BadSetting");
        }

        if (problems.Count > 0)
        {
            return new DownloadPage([], 1, 0, problems);
        }

        var items = await listing.ListAsync(new PublishedListQuery
        {
            Culture = filter.Language,
            Types = filter.Type is { } type ? [type] : DownloadableFiles.Types,
            Audiences = filter.Audience is { } a ? [a] : [],
            Settings = filter.Setting is { } s ? [s] : [],
            Limit = PublishedListQuery.MaxItems,
        }, cancellationToken);
        var files = items.Select(item => (Item: item, Files: DownloadableFiles.Of(item))).ToList();
        var described = await media.DescribePublicFilesAsync(files.SelectMany(f => f.Files).Select(f => f.AssetId), cancellationToken);
        var rows = new List<DownloadRow>();
        foreach (var (item, itemFiles) in files)
        {
            if (item.Type == ContentType.Curriculum)
            {
                rows.Add(new DownloadRow(item, null, null, "ZIP"));
            }

            rows.AddRange(itemFiles.Where(f => described.ContainsKey(f.AssetId))
                .Select(f => new DownloadRow(item, f, described[f.AssetId], DownloadableFiles.FormatOf(f, described[f.AssetId].FileName))));
        }

        var matching = filter.Format is { } format ? rows.Where(r => r.Format == format).ToList() : rows;
        var page = Math.Min(filter.Page, Math.Max(1, (matching.Count + DownloadFilter.PageSize - 1) / DownloadFilter.PageSize));
        return new DownloadPage([.. matching.Skip((page - 1) * DownloadFilter.PageSize).Take(DownloadFilter.PageSize)], page, matching.Count, []);
    }

    /// <summary>The output-cache tags of the list: any publication of a type it shows, in either language.</summary>
    public static IEnumerable<string> CacheTags() =>
        DownloadableFiles.Types.SelectMany(type => ContentCultures.All.Select(culture => ContentCacheTags.TypeList(type, culture)));

    /// <summary>The audience or setting choices of the form, a level of indentation per generation.</summary>
    public async Task<IReadOnlyList<(string Key, string Label)>> ChoicesAsync(Vocabulary vocabulary, string culture, CancellationToken cancellationToken)
    {
        var tree = await taxonomy.TreeAsync(vocabulary, culture, cancellationToken);
        var choices = new List<(string, string)>();
        void Walk(IEnumerable<TermNode> nodes, int depth)
        {
            foreach (var node in nodes)
            {
                choices.Add((node.Key, new string('\u3000', depth) + node.Label));
                Walk(node.Children, depth + 1);
            }
        }

        Walk(tree, 0);
        return choices;
    }

    private async Task<bool> ExistsAsync(Vocabulary vocabulary, string key, CancellationToken cancellationToken) =>
        (await ChoicesAsync(vocabulary, ContentCultures.Chinese, cancellationToken)).Any(c => c.Key == key);
}
