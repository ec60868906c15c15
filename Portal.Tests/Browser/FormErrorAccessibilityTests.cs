using Microsoft.Playwright;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// axe (WCAG 2.0–2.2 A/AA, serious and critical) over the error state of every public form with an error summary — the
/// tip form, the volunteer sign-up and the follow-up sign-in, in both languages — under each reading preference on its
/// own and all three together, at 360 px, where the pages also may not scroll sideways.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class FormErrorAccessibilityTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData("text")]
    [InlineData("contrast")]
    [InlineData("spacing")]
    [InlineData("contrast.spacing.text")]
    public async Task Every_form_in_its_error_state_passes_axe_under_the_reading_preference(string preference)
    {
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(360, 740);
        if (preference.Length > 0)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = "portal-reader", Value = preference, Url = Fixture.BaseUrl }]);
        }

        var failures = new List<string>();
        foreach (var prefix in new[] { "", "/en" })
        {
            await page.GotoAsync(Fixture.BaseUrl + prefix + "/report");
            await page.Locator("form[data-altcha-challenge] button[type=submit]").ClickAsync();
            await CheckAsync(page, prefix + "/report", preference, failures);

            await page.GotoAsync(Fixture.BaseUrl + prefix + "/volunteer");
            await page.Locator("main form button[type=submit]").ClickAsync();
            await CheckAsync(page, prefix + "/volunteer", preference, failures);

            await page.GotoAsync(Fixture.BaseUrl + prefix + "/report/follow-up");
            await page.Locator("#receipt-number").FillAsync("1234567812345678");
            await page.Locator("#receipt-passphrase").FillAsync("AAAA-BBBB-CCCC");
            await page.Locator("main form.form-page button[type=submit]").ClickAsync();
            await CheckAsync(page, prefix + "/report/follow-up", preference, failures);
        }

        Assert.True(failures.Count == 0, $"prefs={preference}\n" + string.Join("\n", failures));
    }

    private static async Task CheckAsync(IPage page, string path, string preference, List<string> failures)
    {
        await page.Locator("#form-errors").WaitForAsync();
        var classes = await page.Locator("html").GetAttributeAsync("class") ?? "";
        Assert.All(preference.Split('.', StringSplitOptions.RemoveEmptyEntries), token => Assert.Contains("reader-" + token, classes, StringComparison.Ordinal));
        failures.AddRange((await StaffPages.SeriousAxeViolationsAsync(page)).Select(violation => $"{path}: {violation}"));
        if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"))
        {
            failures.Add($"{path}: scrolls sideways at 360 px");
        }
    }
}
