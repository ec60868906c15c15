using System.Globalization;
using System.Text;
using System.Xml;
using Portal.Content.Delivery;
using Portal.Web.Content;

namespace Portal.Web.PublicSite;

/// <summary>
/// robots.txt (public pages open; staff, account and tip follow-up closed) and sitemap.xml (the site's own pages and
/// hubs in every language they have, and every live, indexable item in both cultures, expired alerts left out). Both
/// are built per request under the request's own path base and host.
/// </summary>
public static class SiteMap
{
    /// <summary>
    /// Areas crawlers are asked to leave alone: they hold nothing public, a tip reporter's own page, or per-reader
    /// switches (language, preferences) whose return addresses would otherwise look like endless pages.
    /// </summary>
    public static readonly IReadOnlyList<string> DisallowedPaths = ["/staff", "/account", "/report/follow-up", "/en/report/follow-up", "/culture/", "/preferences", "/en/preferences"];

    /// <summary>
    /// The pages of the site that are not content items and that search engines should know: the lists and hubs (they
    /// change with every publication) and the forms. Each in every language the site has it in
    /// (<see cref="PublicUrls.LanguageVersionsOf"/>). Search and preferences are not here: they say noindex.
    /// </summary>
    public static IEnumerable<(string Path, bool ChangesWithContent)> SitePages()
    {
        (string Root, bool ChangesWithContent)[] roots =
        [
            (PublicUrls.Home, true), (PublicUrls.Alerts, true), (PublicUrls.Downloads, true),
            .. Enum.GetValues<AudienceHub>().Select(hub => (PublicUrls.Hub(hub), true)),
            (PublicUrls.Report, false), (PublicUrls.CoverYourTracks, false), (PublicUrls.VolunteerSignUp, false),
        ];
        foreach (var (root, changes) in roots)
        {
            var versions = PublicUrls.LanguageVersionsOf(root);
            foreach (var path in versions.Count == 0 ? [root] : versions.Select(v => v.Path))
            {
                yield return (path, changes);
            }
        }
    }

    public static IResult RobotsAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pathBase = context.Request.PathBase.Value ?? "";
        var text = new StringBuilder();
        text.Append("User-agent: *\n");
        foreach (var path in DisallowedPaths)
        {
            text.Append("Disallow: ").Append(pathBase).Append(path).Append('\n');
        }

        text.Append("Allow: ").Append(pathBase).Append("/\n");
        text.Append("Sitemap: ").Append(Absolute(context, "/sitemap.xml")).Append('\n');
        return Results.Text(text.ToString(), "text/plain; charset=utf-8");
    }

    public static async Task<IResult> SitemapAsync(HttpContext context, PublishedContent published, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(published);
        var items = await published.ListIndexableAsync(cancellationToken);
        var latest = items.Select(i => i.PublishedAt).Max();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true };
        using var buffer = new MemoryStream();
        await using (var xml = XmlWriter.Create(buffer, settings))
        {
            await xml.WriteStartDocumentAsync();
            await xml.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (path, changesWithContent) in SitePages())
            {
                await WriteUrlAsync(xml, Absolute(context, path), changesWithContent ? latest : null);
            }

            foreach (var item in items)
            {
                await WriteUrlAsync(xml, Absolute(context, ContentUrls.Item(item.Culture, item.Rendition, item.Slug)), item.PublishedAt);
            }

            await xml.WriteEndElementAsync();
            await xml.WriteEndDocumentAsync();
        }

        return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    private static async Task WriteUrlAsync(XmlWriter xml, string location, DateTimeOffset? lastModified)
    {
        await xml.WriteStartElementAsync(null, "url", null);
        await xml.WriteElementStringAsync(null, "loc", null, location);
        if (lastModified is { } when)
        {
            await xml.WriteElementStringAsync(null, "lastmod", null, when.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        await xml.WriteEndElementAsync();
    }

    private static string Absolute(HttpContext context, string appPath) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{appPath}";
}
