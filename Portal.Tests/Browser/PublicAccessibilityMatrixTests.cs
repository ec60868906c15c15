using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Content.Common;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// axe (WCAG 2.0–2.2 A/AA) over the public page types — home, alerts, search with results and with a bad filter,
/// downloads and its error state, hubs, preferences, the tip form, volunteer sign-up, follow-up sign-in, the receipt,
/// cover your tracks and content pages of several types — in both languages, at 360 and 1280 px, without and with the
/// high-contrast + larger-text reading preferences (the cookie the preferences form sets). No violation of impact serious or critical. The pages
/// also may not scroll sideways at 360 px.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class PublicAccessibilityMatrixTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Theory]
    [InlineData(ContentCultures.Chinese, 360, false)]
    [InlineData(ContentCultures.Chinese, 1280, true)]
    [InlineData(ContentCultures.English, 360, true)]
    [InlineData(ContentCultures.English, 1280, false)]
    [InlineData(ContentCultures.Chinese, 360, true)]
    [InlineData(ContentCultures.English, 1280, true)]
    public async Task Every_public_page_type_passes_axe(string culture, int width, bool contrastAndLargeText)
    {
        var pages = await PublicPageMatrix.PathsAsync(Fixture, culture);
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        var cookies = new List<Cookie>();
        if (culture == ContentCultures.English)
        {
            cookies.Add(new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = Fixture.BaseUrl });
        }

        if (contrastAndLargeText)
        {
            cookies.Add(new Cookie { Name = "portal-reader", Value = "contrast.text", Url = Fixture.BaseUrl });
        }

        await page.Context.AddCookiesAsync(cookies);
        var failures = new List<string>();
        foreach (var path in pages)
        {
            await page.GotoAsync(Fixture.BaseUrl + path);
            if (contrastAndLargeText)
            {
                Assert.Equal("reader-contrast reader-text", await page.Locator("html").GetAttributeAsync("class"));
            }

            failures.AddRange((await StaffPages.SeriousAxeViolationsAsync(page)).Select(violation => $"{path}: {violation}"));
            if (width == 360 && await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"))
            {
                failures.Add($"{path}: scrolls sideways at 360 px");
            }
        }

        Assert.True(failures.Count == 0, $"{culture} {width}px prefs={contrastAndLargeText}\n" + string.Join("\n", failures));
    }
}
