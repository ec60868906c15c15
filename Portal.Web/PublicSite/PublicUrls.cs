using Portal.Content.Common;
using Portal.Shared.Culture;

namespace Portal.Web.PublicSite;

/// <summary>The public audience hubs of the portal, each with its own page.</summary>
public enum AudienceHub
{
    Schools,
    StationsAndVenues,
    AccessibleReading,
    Families,
    JobSeekers,
    CrossBorderMarriage,
    Volunteers,
}

/// <summary>
/// The one place that names the public pages that are not content items (those are <see cref="ContentManager.ContentUrls"/>).
/// Paths here are app paths: they start with <c>/</c> and do not include the path base. Markup turns them into links
/// with <see cref="Href"/>, which gives a path relative to the page's <c>&lt;base href&gt;</c>, so the portal works under a
/// path base (e.g. <c>/fankuai</c>) as well as at the root. English pages live under <c>/en</c>.
/// </summary>
public static partial class PublicUrls
{
    public const string Home = "/";
    public const string Alerts = "/alerts";
    public const string Search = "/search";
    public const string Downloads = "/downloads";
    public const string Preferences = "/preferences";
    public const string Report = "/report";
    public const string Receipt = "/report/receipt";
    public const string FollowUp = "/report/follow-up";
    public const string ReportAttachments = "/report/attachments";
    public const string CoverYourTracks = "/report/cover-your-tracks";
    public const string VolunteerSignUp = "/volunteer";
    public const string VolunteerThanks = "/volunteer/thanks";
    public const string VolunteerStatus = "/volunteer/status";

    /// <summary>The forms and pages that answer at the root and under <c>/en</c> (besides home, the hubs and the content pages).</summary>
    private static readonly string[] PagesWithEnglishTwin =
        [Alerts, Search, Downloads, Preferences, Report, Receipt, FollowUp, CoverYourTracks, VolunteerSignUp, VolunteerThanks, VolunteerStatus];

    private static readonly Dictionary<AudienceHub, string> HubSlugs = new()
    {
        [AudienceHub.Schools] = "schools",
        [AudienceHub.StationsAndVenues] = "stations-and-venues",
        [AudienceHub.AccessibleReading] = "accessible-reading",
        [AudienceHub.Families] = "families",
        [AudienceHub.JobSeekers] = "job-seekers",
        [AudienceHub.CrossBorderMarriage] = "cross-border-marriage",
        [AudienceHub.Volunteers] = "volunteers",
    };

    /// <summary>The hub page, e.g. <c>/for/schools</c>.</summary>
    public static string Hub(AudienceHub hub) => "/for/" + HubSlugs[hub];

    /// <summary>A live curriculum's lessons and files as one zip (the schools hub's “下载整套课程包”).</summary>
    public static string CurriculumPack(Guid curriculumId) => $"/downloads/curriculum-pack/{curriculumId:D}";

    /// <summary>How to leave fewer traces, in a language: the tip pages are Chinese-addressed, this page has an English twin.</summary>
    public static string CoverYourTracksIn(string culture) => InCulture(culture, CoverYourTracks);

    /// <summary>
    /// The page in the language the reader sees the current page in: the address of a form, or of the page a form
    /// leads to, so a reader who reads English stays in English (under <c>/en</c>) from the first link to the last redirect.
    /// </summary>
    public static string InPageLanguage(string appPath) =>
        InCulture(PageCulture.IsChinese ? ContentCultures.Chinese : ContentCultures.English, appPath);

    /// <summary>Whether a request path (without the path base) is the page <paramref name="rootAppPath"/> in either language.</summary>
    public static bool IsPageInEitherLanguage(PathString path, string rootAppPath) =>
        path.Value is { } value
        && LanguageVersions(rootAppPath).Any(version => string.Equals(value.TrimEnd('/'), version.Path, StringComparison.OrdinalIgnoreCase));

    /// <summary>The hub a URL segment names, or null.</summary>
    public static AudienceHub? HubOf(string? slug) =>
        HubSlugs.FirstOrDefault(pair => string.Equals(pair.Value, slug, StringComparison.Ordinal)) is { Value: not null } found
            ? found.Key
            : null;

    /// <summary>The same page in a content culture: English pages are under <c>/en</c>, Chinese ones at the root.</summary>
    public static string InCulture(string culture, string appPath)
    {
        ArgumentNullException.ThrowIfNull(appPath);
        if (culture != ContentCultures.English)
        {
            return appPath;
        }

        return appPath == Home ? "/en" : "/en" + appPath;
    }

    /// <summary>A page that exists in both languages (home, hubs, …): each culture with its address, for hreflang.</summary>
    public static IReadOnlyList<(string Culture, string Path)> LanguageVersions(string rootAppPath) =>
        [(ContentCultures.Chinese, rootAppPath), (ContentCultures.English, InCulture(ContentCultures.English, rootAppPath))];

    /// <summary>
    /// The language versions of a page for hreflang, its query kept (a list's page 2 names the other list's page 2):
    /// both where the site has the page in both languages, none where it has only this one.
    /// </summary>
    public static IReadOnlyList<(string Culture, string Path)> LanguageVersionsOf(string appPath)
    {
        var chinese = SamePageIn(ContentCultures.Chinese, appPath);
        var english = SamePageIn(ContentCultures.English, appPath);
        return chinese == english ? [] : [(ContentCultures.Chinese, chinese), (ContentCultures.English, english)];
    }

    /// <summary>
    /// Where the language switch leads from <paramref name="appPath"/> (query included): the same page in the other
    /// language where the site has one (home, alerts, search, downloads, preferences, hubs, the tip and volunteer forms), otherwise the same address
    /// (the interface changes, the content stays). An English content page has no Chinese twin at the same slug, so
    /// switching to Chinese there leads home; the page's variant links lead to the Chinese version.
    /// </summary>
    public static string SamePageIn(string culture, string appPath)
    {
        ArgumentNullException.ThrowIfNull(appPath);
        var queryAt = appPath.IndexOf('?', StringComparison.Ordinal);
        var path = queryAt < 0 ? appPath : appPath[..queryAt];
        var query = queryAt < 0 ? "" : appPath[queryAt..];
        var english = path == "/en" || path.StartsWith("/en/", StringComparison.Ordinal);
        var rootPath = english ? (path.Length == 3 ? Home : path[3..]) : path;
        if (!HasEnglishTwin(rootPath))
        {
            return english && culture != ContentCultures.English ? Home : appPath;
        }

        return InCulture(culture, rootPath) + query;
    }

    private static bool HasEnglishTwin(string rootPath) =>
        rootPath == Home
        || PagesWithEnglishTwin.Any(page => rootPath == page)
        || rootPath.StartsWith("/for/", StringComparison.Ordinal);

    /// <summary>
    /// A link to an app path, relative to <c>&lt;base href="{path base}/"&gt;</c>: <c>/report?x=1</c> → <c>report?x=1</c>,
    /// <c>/</c> → <c>./</c>. Use it for every href and form action on a page instead of writing a leading slash.
    /// </summary>
    public static string Href(string appPath)
    {
        ArgumentNullException.ThrowIfNull(appPath);
        var relative = appPath.TrimStart('/');
        // "/https://x" would become "https://x", another site: a first segment with a colon keeps a "./" in front.
        var firstSegment = relative.Split('/', '?', '#')[0];
        return relative.Length == 0 ? "./" : firstSegment.Contains(':', StringComparison.Ordinal) ? "./" + relative : relative;
    }

    /// <summary>
    /// Sanitised rich text written by editors links to site pages by app path (<c>href="/report"</c>); this puts the
    /// path base in front (<paramref name="basePath"/> is the page's base, e.g. <c>/</c> or <c>/fankuai/</c>), so those
    /// links work under a path base and a printed page still spells out a site address. Other links stay as they are
    /// (the sanitiser writes attributes in double quotes).
    /// </summary>
    public static string RootedLinks(string sanitisedHtml, string basePath)
    {
        ArgumentNullException.ThrowIfNull(sanitisedHtml);
        ArgumentNullException.ThrowIfNull(basePath);
        return basePath == "/" ? sanitisedHtml : RootRelativeHref().Replace(sanitisedHtml, "href=\"" + basePath);
    }

    /// <summary>
    /// As <see cref="RootedLinks(string, string)"/>, for the page <paramref name="navigation"/> shows; on an English page
    /// a link to a page that has an English twin (<c>/report/follow-up</c>) leads to that twin, so an English reader is
    /// not sent to the Chinese form by an editor's link.
    /// </summary>
    public static string RootedLinks(string sanitisedHtml, Microsoft.AspNetCore.Components.NavigationManager navigation)
    {
        ArgumentNullException.ThrowIfNull(sanitisedHtml);
        ArgumentNullException.ThrowIfNull(navigation);
        var page = "/" + navigation.ToBaseRelativePath(navigation.Uri);
        var english = page == "/en" || page.StartsWith("/en/", StringComparison.Ordinal) || page.StartsWith("/en?", StringComparison.Ordinal);
        var html = english
            ? SiteLink().Replace(sanitisedHtml, link => "href=\"" + SamePageIn(ContentCultures.English, link.Groups["path"].Value) + "\"")
            : sanitisedHtml;
        return RootedLinks(html, new Uri(navigation.BaseUri).AbsolutePath);
    }

    [System.Text.RegularExpressions.GeneratedRegex("href=\"(?<path>/(?![/\\\\])[^\"]*)\"")]
    private static partial System.Text.RegularExpressions.Regex SiteLink();

    [System.Text.RegularExpressions.GeneratedRegex("href=\"/(?![/\\\\])")]
    private static partial System.Text.RegularExpressions.Regex RootRelativeHref();
}
