using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Tests.Reporting;
using Portal.Tests.Rewards;
using Portal.Tips.Reporting;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>The reporter claims an approved reward in a real browser: the offer, the claim code, accessibility.</summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class RewardClaimJourneyTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task A_reporter_signs_in_with_the_receipt_sees_the_reward_and_takes_a_claim_code()
    {
        var services = Fixture.Portal.Services;
        var intake = services.GetRequiredService<TipIntake>();
        var submitted = await intake.SubmitAsync(TipSubmissions.Valid());
        var (tipId, receipt) = (submitted.TipId!.Value, submitted.Receipt!);
        var desk = new RewardHarness(services);
        await desk.ApprovedAsync(tipId, await desk.OfficerAsync("620100"), await desk.SupervisorAsync("620102"), "rescue");

        var page = await Fixture.NewPageAsync();
        await page.GotoAsync(Fixture.BaseUrl + "/report/follow-up");
        await page.GetByLabel("回执号").FillAsync(receipt.Number);
        await page.GetByLabel("口令").FillAsync(receipt.Passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await page.Locator("[data-testid=reward-amount]").WaitForAsync();
        Assert.Equal("协助解救被拐卖人员：人民币 5,000 元", await page.Locator("[data-testid=reward-amount]").TextContentAsync());
        await AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "reward-offer.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "获取领取码" }).ClickAsync();
        await page.Locator("[data-testid=claim-code]").WaitForAsync();
        Assert.Matches("^[0-9]{4} [0-9]{4} [0-9]{4}$", await page.Locator("[data-testid=claim-code]").TextContentAsync());
        Assert.True(await page.GetByLabel("银行卡号或账号").IsHiddenAsync());
        await AssertAccessibleAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "reward-claim-code.png"), FullPage = true });

        // On a small phone, and with the larger-text preference, the code stays one line inside the screen.
        foreach (var width in new[] { 360, 375 })
        {
            await page.SetViewportSizeAsync(width, 740);
            var (lines, right) = await CodeLayoutAsync(page);
            Assert.Equal(1, lines);
            Assert.InRange(right, 0, width);
        }

        await page.EvaluateAsync("() => document.documentElement.classList.add('reader-text')");
        Assert.Equal(1, (await CodeLayoutAsync(page)).Lines);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "reward-claim-code-375.png") });
    }

    /// <summary>How many lines the code's text takes, and where its right edge is.</summary>
    private static async Task<(int Lines, double Right)> CodeLayoutAsync(IPage page)
    {
        var layout = await page.EvaluateAsync<double[]>(@"() => {
            const code = document.querySelector('[data-testid=claim-code]');
            const range = document.createRange();
            range.selectNodeContents(code);
            const tops = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
            return [tops.size, range.getBoundingClientRect().right];
        }");
        return ((int)layout[0], layout[1]);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }
}
