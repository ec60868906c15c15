using System.Globalization;
using Microsoft.Extensions.Primitives;
using Portal.Content.Common;
using Portal.Content.Types;

namespace Portal.Web.PublicSite.Downloads;

/// <summary>
/// The download centre's filters as the GET form sends them: <c>audience</c>, <c>setting</c> (term keys), <c>type</c>
/// (resource, poster, venue-kit, curriculum), <c>language</c> (zh-CN, en; not <c>lang</c>, which would switch the interface language), <c>format</c> (PDF, MP3…) and <c>page</c>.
/// Empty means any. Values are checked here (term keys against the vocabulary by the catalogue); a wrong one is named
/// in <see cref="Problems"/> (resx keys) rather than failing the page.
/// </summary>
public sealed record DownloadFilter
{
    public const int PageSize = 20;

    public const int MaxPage = 1000;

    public static readonly IReadOnlyDictionary<string, ContentType> TypeSlugs = new Dictionary<string, ContentType>(StringComparer.Ordinal)
    {
        ["resource"] = ContentType.Resource,
        ["poster"] = ContentType.Poster,
        ["venue-kit"] = ContentType.VenueKit,
        ["curriculum"] = ContentType.Curriculum,
    };

    /// <summary>The formats the form offers; the editor's format field or the file's extension is matched against them.</summary>
    public static readonly IReadOnlyList<string> Formats = ["PDF", "DOCX", "PPTX", "XLSX", "ZIP", "MP3", "MP4", "VTT", "PNG", "JPG"];

    public string? Audience { get; init; }

    public string? Setting { get; init; }

    public string? TypeSlug { get; init; }

    public ContentType? Type => TypeSlug is { } slug && TypeSlugs.TryGetValue(slug, out var type) ? type : null;

    public string? Language { get; init; }

    public string? Format { get; init; }

    public int Page { get; init; } = 1;

    public IReadOnlyList<string> Problems { get; init; } = [];

    public static DownloadFilter Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<string>();
        string? One(string name) => query.TryGetValue(name, out var values) && !StringValues.IsNullOrEmpty(values) && values.ToString().Trim() is { Length: > 0 } value ? value : null;

        var type = One("type");
        if (type is not null && !TypeSlugs.ContainsKey(type))
        {
            problems.Add("Downloads_BadType");
            type = null;
        }

        var language = One("language");
        if (language is not null && !ContentCultures.IsSupported(language))
        {
            problems.Add("Downloads_BadLanguage");
            language = null;
        }

        var format = One("format")?.ToUpperInvariant();
        if (format is not null && !Formats.Contains(format))
        {
            problems.Add("Downloads_BadFormat");
            format = null;
        }

        var page = 1;
        if (One("page") is { } pageText && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > MaxPage))
        {
            problems.Add("Downloads_BadPage");
            page = 1;
        }

        var audience = One("audience");
        var setting = One("setting");
        if (audience is { Length: > 64 })
        {
            problems.Add("Downloads_BadAudience");
            audience = null;
        }

        if (setting is { Length: > 64 })
        {
            problems.Add("Downloads_BadSetting");
            setting = null;
        }

        return new DownloadFilter { Audience = audience, Setting = setting, TypeSlug = type, Language = language, Format = format, Page = page, Problems = problems };
    }

    /// <summary>Whether any filter narrows the list (the page number aside).</summary>
    public bool Narrows => new[] { Audience, Setting, TypeSlug, Language, Format }.Any(v => !string.IsNullOrEmpty(v));

    /// <summary>
    /// The query of this view's canonical address: a page of the whole list names its page; a filtered view names the
    /// whole list's first page, since its rows are all on the whole list's pages and the filter combinations would
    /// otherwise be indexed as thousands of near-copies.
    /// </summary>
    public string CanonicalQuery() => Narrows || Problems.Count > 0 ? "" : new DownloadFilter().QueryFor(Page);

    /// <summary>The query string of these filters on another page (for the pager links).</summary>
    public string QueryFor(int page)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("audience", Audience);
        Add("setting", Setting);
        Add("type", TypeSlug);
        Add("language", Language);
        Add("format", Format);
        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
