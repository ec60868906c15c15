using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.PublicSite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.PublicSite;

/// <summary>
/// Every public page the running host maps (found in its endpoints, as the no-store and authorization tests find
/// theirs) has what search engines and link previews read: an absolute canonical link, hreflang for zh-CN, en and
/// x-default where the site has the page in both languages, a description in the page's language, Open Graph, and
/// noindex only on search results and the reading preferences.
/// </summary>
[IntegrationTest]
public sealed partial class PublicPageMetadataTests(SeededPortalFactory portal) : IClassFixture<SeededPortalFactory>
{
    /// <summary>Pages that only answer errors (with their status): no page of their own to index.</summary>
    private static readonly string[] ErrorPages = ["/error", "/not-found", "/status/{Code:int}"];

    private static readonly string[] Hreflangs = ["zh-CN", "en", "x-default"];

    private static readonly string[] OpenGraph = ["og:title", "og:description", "og:url", "og:type", "og:locale"];

    private static readonly string[] NoIndexPages = ["/search", "/en/search", "/preferences", "/en/preferences"];

    [Fact]
    public async Task Every_public_page_has_canonical_hreflang_description_and_open_graph()
    {
        using var client = portal.CreateBrowserLikeClient();
        var samples = await SamplesAsync(client);
        Assert.True(samples.Count >= 30, $"only {samples.Count} public pages found");
        var failures = new List<string>();

        foreach (var path in samples)
        {
            var page = await HtmlPage.GetAsync(client, path);
            if (page.Status != HttpStatusCode.OK)
            {
                failures.Add($"{path}: {(int)page.Status}");
                continue;
            }

            failures.AddRange(Problems(path, page.Document).Select(problem => $"{path}: {problem}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/downloads?page=2", "/downloads?page=2")]
    [InlineData("/en/downloads?page=3", "/en/downloads?page=3")]
    [InlineData("/downloads?format=PDF&page=2", "/downloads")]
    [InlineData("/en/downloads?audience=parents", "/en/downloads")]
    [InlineData("/search?q=%E6%8B%90%E5%8D%96", "/search?q=%E6%8B%90%E5%8D%96")]
    public async Task A_paged_list_names_its_page_and_a_filtered_one_the_whole_list(string path, string canonical)
    {
        using var client = portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, path);

        Assert.Equal(new Uri(PortalFactory.SecureBaseAddress, canonical).AbsoluteUri, Link(page.Document, "canonical"));
        Assert.Equal(Link(page.Document, "canonical"), Meta(page.Document, "og:url"));
    }

    private static IEnumerable<string> Problems(string path, IDocument document)
    {
        var english = path == "/en" || path.StartsWith("/en/", StringComparison.Ordinal);
        var canonical = Link(document, "canonical");
        if (canonical is null || !Uri.TryCreate(canonical, UriKind.Absolute, out var canonicalUri) || canonicalUri.Host != PortalFactory.SecureBaseAddress.Host)
        {
            yield return $"canonical not absolute: '{canonical}'";
        }
        else if (canonicalUri.AbsolutePath != new Uri(PortalFactory.SecureBaseAddress, path).AbsolutePath)
        {
            yield return $"canonical names another page: {canonical}";
        }

        var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
        var bothLanguages = PublicUrls.LanguageVersionsOf(path).Count > 0;
        if (bothLanguages && !Hreflangs.All(alternates.ContainsKey))
        {
            yield return "hreflang is not zh-CN, en and x-default: " + string.Join(", ", alternates.Keys);
        }

        if (alternates.Count > 0 && !alternates.ContainsKey("x-default"))
        {
            yield return "hreflang without x-default";
        }

        foreach (var (language, href) in alternates.Where(a => !Uri.TryCreate(a.Value, UriKind.Absolute, out _)))
        {
            yield return $"hreflang {language} not absolute: {href}";
        }

        var description = Meta(document, "description");
        if (string.IsNullOrWhiteSpace(description))
        {
            yield return "no meta description";
        }
        else if (Chinese().IsMatch(description) == english)
        {
            yield return $"description not in the page's language: {description}";
        }

        foreach (var property in OpenGraph)
        {
            if (string.IsNullOrWhiteSpace(Meta(document, property)))
            {
                yield return "no " + property;
            }
        }

        if (Meta(document, "og:url") != canonical)
        {
            yield return "og:url is not the canonical address";
        }

        if (Meta(document, "og:locale") != (english ? "en_US" : "zh_CN"))
        {
            yield return "og:locale " + Meta(document, "og:locale");
        }

        var noIndex = Meta(document, "robots")?.Contains("noindex", StringComparison.Ordinal) == true;
        if (noIndex != NoIndexPages.Contains(path))
        {
            yield return noIndex ? "noindex on a page to index" : "search results or preferences without noindex";
        }
    }

    /// <summary>
    /// An address for every public page route: routes without parameters as they are, hubs for every hub, content
    /// pages from the sitemap (every item of the seed content, in each language and rendition). A new public
    /// route with a parameter fails here until it gets its samples.
    /// </summary>
    private async Task<List<string>> SamplesAsync(HttpClient client)
    {
        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var listed = Location().Matches(sitemap).Select(m => new Uri(m.Groups[1].Value).AbsolutePath).ToList();
        List<string> Listed(string pattern) =>
            listed.Where(p => Regex.IsMatch(p, pattern)).ToList() is { Count: > 0 } found ? found : throw new InvalidOperationException("no sitemap page like " + pattern);
        var routes = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type.Namespace?.StartsWith("Portal.Web.Components.Public", StringComparison.Ordinal) == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => !ErrorPages.Contains(route))
            .Distinct()
            .ToList();
        var samples = new List<string>();
        foreach (var route in routes)
        {
            samples.AddRange(route switch
            {
                _ when !route.Contains('{', StringComparison.Ordinal) => [route],
                "/for/{HubSlug}" or "/en/for/{HubSlug}" => Enum.GetValues<AudienceHub>().Select(hub => route.Replace("/for/{HubSlug}", PublicUrls.Hub(hub), StringComparison.Ordinal)),
                "/read/{Slug}" => Listed("^/read/[^/]+$"),
                "/en/read/{Slug}" => Listed("^/en/read/[^/]+$"),
                "/read/{RenditionSegment}/{Slug}" => Listed("^/read/[^/]+/[^/]+$"),
                "/en/read/{RenditionSegment}/{Slug}" => Listed("^/en/read/[^/]+/[^/]+$"),
                _ => throw new InvalidOperationException($"the public route {route} has no sample address in this test"),
            });
        }

        return samples;
    }

    private static string? Link(IDocument document, string rel) => document.QuerySelector($"link[rel={rel}]")?.GetAttribute("href");

    private static string? Meta(IDocument document, string name) =>
        document.QuerySelector($"meta[name='{name}'], meta[property='{name}']")?.GetAttribute("content");

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex Location();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
