using System.Globalization;
using System.Text;
using System.Xml;
using Portal.Content.Delivery;
using Portal.Web.Content;

namespace Portal.Web.PublicSite;

/// <summary>
/// robots.txt (public pages open; staff, account and tip follow-up closed) and sitemap.xml (the home page and every
/// live, indexable item in both cultures). Both are built per request under the request's own path base and host.
/// </summary>
public static class SiteMap
{
    /// <summary>
    /// Areas crawlers are asked to leave alone: they hold nothing public, a tip reporter's own page, or per-reader
    /// switches (language, preferences) whose return addresses would otherwise look like endless pages.
    /// </summary>
    public static readonly IReadOnlyList<string> DisallowedPaths = ["/staff", "/account", "/report/follow-up", "/en/report/follow-up", "/culture/", "/preferences", "/en/preferences"];

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
            await WriteUrlAsync(xml, Absolute(context, PublicUrls.Home), latest);
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
