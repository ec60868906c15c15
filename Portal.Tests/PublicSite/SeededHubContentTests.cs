using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Common;
using Portal.Content.Seed;
using Portal.Content.Types;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;
using Portal.Web.PublicSite;
using Portal.Web.PublicSite.Hubs;

namespace Portal.Tests.PublicSite;

/// <summary>
/// The seed content as a new installation's readers meet it: every audience hub lists at least three written items
/// (articles or FAQs) meant for its readers in Chinese and in English, not the general-public items again, and the three
/// most important of them also come as easy-read and large-print versions. Every such page renders with a sound
/// structure. On each provider, on a portal of its own seeded through the real seeder.
/// </summary>
[IntegrationTest]
public abstract class SeededHubContentTests
{
    private const string GeneralPublic = "general-public";

    /// <summary>Each hub and the audiences whose items are written for its readers.</summary>
    private static readonly (AudienceHub Hub, string[] Audiences)[] Readers =
    [
        (AudienceHub.Families, ["parents", "rural-communities"]),
        (AudienceHub.JobSeekers, ["migrant-workers"]),
        (AudienceHub.CrossBorderMarriage, ["cross-border-marriage"]),
        (AudienceHub.Volunteers, ["volunteers"]),
        (AudienceHub.StationsAndVenues, ["frontline-staff"]),
    ];

    /// <summary>The most important hub items, which the accessible renditions were written for.</summary>
    private static readonly string[] MostImportant = ["family-child-safety", "job-offer-warning-signs", "cross-border-marriage-know-the-law"];

    protected abstract PortalFactory Portal { get; }

    [Fact]
    public async Task Every_hub_lists_at_least_three_items_written_for_its_readers_in_each_language()
    {
        await SeedAsync();
        using var client = Portal.CreateBrowserLikeClient();
        foreach (var (hub, audiences) in Readers)
        {
            foreach (var culture in ContentCultures.All)
            {
                var page = await HtmlPage.GetAsync(client, PublicUrls.InCulture(culture, PublicUrls.Hub(hub)));
                Assert.Equal(HttpStatusCode.OK, page.Status);
                var listed = page.Document.QuerySelectorAll(".hub-list a.hub-title").Select(a => a.TextContent.Trim()).ToHashSet(StringComparer.Ordinal);

                var writtenFor = SeedData.Files
                    .Where(f => f.Culture == culture && f.Rendition == Rendition.Standard && f.Type is ContentType.Article or ContentType.Faq)
                    .Where(f => Audiences(f).Intersect(audiences).Any() && !Audiences(f).Contains(GeneralPublic))
                    .Where(f => listed.Contains(f.Title))
                    .ToList();
                Assert.True(writtenFor.Count >= 3, $"{hub} ({culture}) lists {writtenFor.Count} items written for its readers: {string.Join(" | ", listed)}");

                foreach (var item in writtenFor)
                {
                    await AssertRendersAsync(client, item);
                }
            }
        }
    }

    [Fact]
    public async Task The_three_most_important_hub_items_have_easy_read_and_large_print_versions_that_render()
    {
        await SeedAsync();
        using var client = Portal.CreateBrowserLikeClient();
        foreach (var culture in ContentCultures.All)
        {
            var accessibleHub = await HtmlPage.GetAsync(client, PublicUrls.InCulture(culture, PublicUrls.Hub(AudienceHub.AccessibleReading)));
            var onAccessibleHub = accessibleHub.Document.QuerySelectorAll(".hub-list a.hub-title").Select(a => a.TextContent.Trim()).ToList();
            foreach (var set in MostImportant)
            {
                var standard = Assert.Single(SeedData.Files, f => f.Set == set && f.Culture == culture && f.Rendition == Rendition.Standard);
                var standardPage = await AssertRendersAsync(client, standard);
                var variantLinks = standardPage.Document.QuerySelectorAll("nav.variants a").Select(a => "/" + a.GetAttribute("href")).ToList();
                foreach (var (rendition, audience) in new[] { (Rendition.EasyRead, "disability-intellectual"), (Rendition.LargePrint, "disability-visual") })
                {
                    var version = Assert.Single(SeedData.Files, f => f.Set == set && f.Culture == culture && f.Rendition == rendition);
                    Assert.Contains(audience, Audiences(version));
                    Assert.NotEqual(standard.Title, version.Title);
                    await AssertRendersAsync(client, version);
                    // Readers of the standard page find it, and so do the accessible reading hub's readers.
                    Assert.Contains(ContentUrls.Item(culture, rendition, version.Slug), variantLinks);
                    Assert.Contains(version.Title, onAccessibleHub);
                }
            }
        }
    }

    private async Task SeedAsync()
    {
        var outcome = (await Portal.Services.GetRequiredService<ContentSeeding>().SeedAsync()).Outcome;
        Assert.True(outcome is SeedOutcome.Seeded or SeedOutcome.AlreadySeeded, outcome.ToString());
    }

    private static List<string> Audiences(SeedFile file) => file.Terms.GetValueOrDefault("Audience") ?? [];

    /// <summary>The item's public page: its title as the one h1, its language, no skipped heading level, no empty link, and the emergency number.</summary>
    private static async Task<HtmlPage> AssertRendersAsync(HttpClient client, SeedFile item)
    {
        var url = ContentUrls.Item(item.Culture, item.Rendition, item.Slug);
        var page = await HtmlPage.GetAsync(client, url);
        Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {page.Status}");
        Assert.Equal(item.Title, Assert.Single(page.Document.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Equal(item.Culture, page.Document.DocumentElement.GetAttribute("lang"));
        var levels = page.Document.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"{url}: h{pair.First} is followed by h{pair.Second}"));
        Assert.All(page.Document.QuerySelectorAll("main a"), a => Assert.False(string.IsNullOrWhiteSpace(a.TextContent), $"{url}: an empty link to {a.GetAttribute("href")}"));
        Assert.Contains("110", page.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        return page;
    }
}

public sealed class SqliteSeededHubContentTests(PortalFactory portal) : SeededHubContentTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresSeededHubContentTests(PostgresPortalFixture fixture) : SeededHubContentTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
