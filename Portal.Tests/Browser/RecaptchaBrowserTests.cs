using System.Collections.Concurrent;
using Microsoft.Playwright;
using Portal.Tests.Police;
using Portal.Tests.Reporting.Pages;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// reCAPTCHA turned on, in Chromium: the page's CSP lets the configured script origin in (a local stand-in for
/// recaptcha.net), recaptcha.js asks it for a token with the site key and action on submit, and the server has
/// the token verified. When the script cannot be loaded the tip still goes, verified by the proof of work.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class RecaptchaBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    private readonly ConcurrentQueue<string> console = new();

    private static string Start(RecaptchaHarness recaptcha)
    {
        recaptcha.Portal.UseKestrel(0);
        recaptcha.Portal.StartServer();
        return recaptcha.Portal.ServerAddress.ToString().TrimEnd('/');
    }

    private async Task<IPage> FillReportAsync(string baseUrl, string narrative)
    {
        var page = await Fixture.NewPageAsync();
        page.Console += (_, message) => console.Enqueue($"{message.Type}: {message.Text}");
        await page.GotoAsync(baseUrl + "/report");
        await page.GetByLabel("线索类别").SelectOptionAsync("illegal-adoption-online");
        await page.GetByLabel("请描述您看到或知道的情况").FillAsync(narrative);
        await page.Locator("form[data-altcha-state=done]").WaitForAsync(new() { Timeout = 20_000 });
        return page;
    }

    [Fact]
    public async Task On_submit_the_page_gets_a_token_for_the_tip_action_and_the_server_has_it_verified()
    {
        await using var recaptcha = await RecaptchaHarness.StartAsync(localScript: true);
        var page = await FillReportAsync(Start(recaptcha), "网上有人发帖出售刚出生的婴儿。");

        await page.GetByRole(AriaRole.Button, new() { Name = "提交线索" }).ClickAsync();
        await page.WaitForURLAsync("**/report/receipt*");

        Assert.Equal("secret=test-secret&response=browser-token%3Atest-site-key%3Asubmit_tip", await recaptcha.SiteVerify.FirstRequestBody.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True((await recaptcha.NewestTipAsync()).ProofOfWorkPassed);
        Assert.DoesNotContain(console, message => message.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task When_the_script_cannot_be_loaded_the_tip_is_sent_anyway_and_the_proof_of_work_verifies_it()
    {
        await using var recaptcha = await RecaptchaHarness.StartAsync(localScript: true);
        recaptcha.SiteVerify.ApiScript = null;
        var page = await FillReportAsync(Start(recaptcha), "网上有人发帖出售刚出生的婴儿，脚本加载失败。");

        await page.GetByRole(AriaRole.Button, new() { Name = "提交线索" }).ClickAsync();
        await page.WaitForURLAsync("**/report/receipt*");

        Assert.False(recaptcha.SiteVerify.FirstRequestBody.IsCompleted);
        var tip = await recaptcha.NewestTipAsync();
        Assert.True(tip.ProofOfWorkPassed);
        Assert.Equal("网上有人发帖出售刚出生的婴儿，脚本加载失败。", recaptcha.ReportOf(tip).WhatHappened);
    }
}
