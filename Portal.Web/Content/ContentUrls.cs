using Portal.Content.Common;

namespace Portal.Web.Content;

/// <summary>
/// The one place that decides the public URLs of content. Chinese Standard items live at <c>/read/{slug}</c>, English
/// ones under <c>/en</c>; any other rendition adds its segment: <c>/read/easy-read/{slug}</c>,
/// <c>/en/read/large-print/{slug}</c>. Media files are served by the media library at <c>/media/{id}</c>.
/// </summary>
public static class ContentUrls
{
    public const string ReadSegment = "read";

    private static readonly Dictionary<Rendition, string> Segments = new()
    {
        [Rendition.EasyRead] = "easy-read",
        [Rendition.LargePrint] = "large-print",
        [Rendition.Audio] = "audio",
        [Rendition.SignLanguage] = "sign-language",
    };

    /// <summary>The public page of an item (slug escaped for the path; Chinese slugs stay readable in the browser).</summary>
    public static string Item(string culture, Rendition rendition, string slug)
    {
        var prefix = culture == ContentCultures.English ? "/en" : "";
        var segment = Segments.TryGetValue(rendition, out var name) ? "/" + name : "";
        return $"{prefix}/{ReadSegment}{segment}/{Uri.EscapeDataString(slug)}";
    }

    /// <summary>The rendition a URL segment names; Standard has no segment.</summary>
    public static Rendition? RenditionOf(string? segment)
    {
        if (string.IsNullOrEmpty(segment))
        {
            return Rendition.Standard;
        }

        foreach (var (rendition, name) in Segments)
        {
            if (string.Equals(name, segment, StringComparison.Ordinal))
            {
                return rendition;
            }
        }

        return null;
    }

    /// <summary>A media file (or one of its renditions, e.g. <c>w640</c>) served by the media library.</summary>
    public static string Media(Guid assetId, string? rendition = null) =>
        rendition is null ? $"/media/{assetId:D}" : $"/media/{assetId:D}/{rendition}";

    /// <summary>The staff preview of a version.</summary>
    public static string Preview(Guid itemId, Guid versionId) => $"/staff/content/{itemId:D}/preview/{versionId:D}";

    public static string Editor(Guid itemId) => $"/staff/content/{itemId:D}";
}
