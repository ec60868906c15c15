using System.Text.Json;
using Microsoft.Playwright;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Seed;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Infrastructure;
using Portal.Tests.PublicSite;
using Portal.Web.Content;

namespace Portal.Tests.Browser;

/// <summary>
/// axe over the hub articles of the seed content, with their own blocks, in every rendition they come in (standard,
/// easy-read, large print): at 360 px with high contrast and larger text, and at 1280 px without. The browser tests'
/// portal already holds content, so the seeder would leave it alone; the files' blocks are published through the
/// editor and workflow instead, under unique titles.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class SeededContentAccessibilityTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    /// <summary>The three items with easy-read and large-print versions, and one item of each other hub.</summary>
    private static readonly string[] Sets =
    [
        "family-child-safety", "job-offer-warning-signs", "cross-border-marriage-know-the-law",
        "cross-border-marriage-foreign-spouse", "volunteer-passing-on-leads", "staff-duty-to-report",
    ];

    [Theory]
    [InlineData(ContentCultures.Chinese)]
    [InlineData(ContentCultures.English)]
    public async Task The_hub_articles_pass_axe_in_every_rendition(string culture)
    {
        var desk = await PublicListsHarness.CreateAsync(Fixture.Portal.Services);
        var paths = new List<string>();
        foreach (var file in SeedData.Files.Where(f => Sets.Contains(f.Set) && f.Culture == culture))
        {
            var blocks = file.Blocks.Deserialize<List<Block>>(BlockJson.Options) ?? [];
            var saved = await desk.PublishedAsync(ContentType.Article, Drafts.Unique(file.Title), new ArticleFields(), new Terms(), culture, file.Rendition, blocks);
            paths.Add(ContentUrls.Item(culture, file.Rendition, saved.Slug));
        }

        Assert.Equal(Sets.Length + 2 * 3, paths.Count);
        var failures = new List<string>();
        foreach (var (width, contrastAndLargeText) in new[] { (360, true), (1280, false) })
        {
            var page = await Fixture.NewPageAsync();
            await page.SetViewportSizeAsync(width, 900);
            if (contrastAndLargeText)
            {
                await page.Context.AddCookiesAsync([new Cookie { Name = "portal-reader", Value = "contrast.text", Url = Fixture.BaseUrl }]);
            }

            foreach (var path in paths)
            {
                await page.GotoAsync(Fixture.BaseUrl + path);
                failures.AddRange((await StaffPages.SeriousAxeViolationsAsync(page)).Select(violation => $"{path} {width}px: {violation}"));
                if (width == 360 && await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"))
                {
                    failures.Add($"{path}: scrolls sideways at 360 px");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
