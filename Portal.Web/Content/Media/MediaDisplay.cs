using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Portal.Content.Media;
using Portal.Web.PublicSite;

namespace Portal.Web.Content.Media;

/// <summary>How the manager shows a library file: its thumbnail (the staff file route), an icon for its kind, its size.</summary>
public static class MediaDisplay
{
    /// <summary>The rendition every image gets on upload (<c>ImageRenditions.Thumbnail</c> in the library).</summary>
    public const string Thumbnail = "thumb";

    /// <summary>Every kind, for a filter that allows any.</summary>
    public static readonly IReadOnlyList<MediaKind> AllKinds = Enum.GetValues<MediaKind>();

    /// <summary>The thumbnail rendition of an image; null for other kinds.</summary>
    public static string? ThumbnailUrl(MediaAssetView asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return asset.Renditions.Any(r => r.Name == Thumbnail) ? PublicUrls.Href(MediaFileEndpoints.StaffUrl(asset.Id, Thumbnail)) : null;
    }

    public static string Icon(MediaKind kind) => kind switch
    {
        MediaKind.Image => Icons.Material.Filled.Image,
        MediaKind.Video => Icons.Material.Filled.Movie,
        MediaKind.Audio => Icons.Material.Filled.Audiotrack,
        MediaKind.Captions => Icons.Material.Filled.ClosedCaption,
        MediaKind.Archive => Icons.Material.Filled.FolderZip,
        _ => Icons.Material.Filled.Description,
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / 1024d:0.#} KB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024d * 1024d):0.#} MB"),
    };

    /// <summary>The kinds a problem names (<c>Image,Video</c>) in the reader's language.</summary>
    public static string KindNames(IStringLocalizer<ContentResource> text, string? kinds)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(text["Media_KindSeparator"], (kinds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(k => Enum.TryParse<MediaKind>(k, out var kind) ? text.Named(kind) : k));
    }

    /// <summary>The asset's alt text in a culture, else its file name: what a thumbnail's <c>alt</c> says.</summary>
    public static string Describe(MediaAssetView asset, string culture)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return asset.TextFor(culture)?.Alt ?? asset.OriginalFileName;
    }
}
