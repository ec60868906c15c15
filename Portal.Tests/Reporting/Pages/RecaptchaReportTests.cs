using System.Net;
using Microsoft.AspNetCore.Http;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.AntiBot;
using Portal.Web.Hosting;

namespace Portal.Tests.Reporting.Pages;

/// <summary>
/// The report page with reCAPTCHA v3 turned on, its siteverify a local fake: the page loads the script from the
/// configured origin only, a posted token is verified, and a failing token still gets the tip in, unverified
/// and under the stricter limit. (With the default settings nothing of this appears: ReportTipPageTests.)
/// </summary>
[IntegrationTest]
public sealed class RecaptchaReportTests
{
    private const string ExpectedPolicy =
        "default-src 'self'; script-src 'self' https://www.recaptcha.net/recaptcha/ https://www.gstatic.com/recaptcha/; style-src 'self'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; media-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'; frame-src 'self' https://www.recaptcha.net/recaptcha/";

    private static async Task<HttpResponseMessage> SubmitWithTokenAsync(HttpClient client, string narrative, string token)
    {
        var fields = TipForms.Fields(narrative);
        fields["g-recaptcha-response"] = token;
        return await TipForms.SubmitAsync(client, fields);
    }

    [Fact]
    public async Task The_report_page_loads_the_script_from_the_configured_origin_and_its_policy_allows_exactly_that()
    {
        await using var recaptcha = await RecaptchaHarness.StartAsync();
        using var client = recaptcha.Portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, "/report");

        Assert.Equal(ExpectedPolicy, page.Response.Headers.GetValues("Content-Security-Policy").Single());
        var external = page.Document.QuerySelectorAll("script[src]").Select(script => script.GetAttribute("src")!).Where(src => src.Contains("://", StringComparison.Ordinal));
        Assert.Equal(["https://www.recaptcha.net/recaptcha/api.js?render=test-site-key"], external);
        Assert.NotNull(page.Document.QuerySelector("script[src*='js/recaptcha']"));
        Assert.NotNull(page.Document.QuerySelector("script[src*='js/pow']"));
        var field = page.Document.QuerySelector("form[data-altcha-challenge] input[type=hidden][name=g-recaptcha-response]")!;
        Assert.Equal("test-site-key", field.GetAttribute("data-recaptcha-site-key"));
        Assert.Equal("submit_tip", field.GetAttribute("data-recaptcha-action"));
        Assert.Contains("https://www.recaptcha.net", page.Document.QuerySelector("[data-testid=recaptcha-notice]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("main script:not([src])"));

        foreach (var other in new[] { "/", "/report/follow-up" })
        {
            var response = await client.GetAsync(other);
            Assert.Equal(SecurityHeaders.PublicPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        }
    }

    [Fact]
    public async Task A_token_that_siteverify_accepts_marks_the_tip_verified_and_only_secret_and_token_are_sent()
    {
        await using var recaptcha = await RecaptchaHarness.StartAsync();
        using var client = recaptcha.Portal.CreateBrowserLikeClient();

        var posted = await SubmitWithTokenAsync(client, "有人在网上高价收购婴儿。", "a-good-token");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.True((await recaptcha.NewestTipAsync()).ProofOfWorkPassed);
        var sent = await recaptcha.SiteVerify.FirstRequestBody;
        Assert.Equal("secret=test-secret&response=a-good-token", sent);
    }

    [Fact]
    public async Task A_failing_token_gets_the_tip_in_unverified_under_the_stricter_limit()
    {
        await using var recaptcha = await RecaptchaHarness.StartAsync();
        var siteVerify = recaptcha.SiteVerify;
        siteVerify.Respond = FakeSiteVerify.Json(FakeSiteVerify.Answer(score: 0.1));
        using var client = recaptcha.Portal.CreateBrowserLikeClient();

        var first = await SubmitWithTokenAsync(client, "评分低的第一条", "low-score-token");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.False((await recaptcha.NewestTipAsync()).ProofOfWorkPassed);

        siteVerify.Respond = FakeSiteVerify.Json(FakeSiteVerify.Answer(success: false, errorCodes: ["timeout-or-duplicate"]));
        var second = await SubmitWithTokenAsync(client, "重复令牌的第二条", "used-token");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var secondTip = await recaptcha.NewestTipAsync();
        Assert.False(secondTip.ProofOfWorkPassed);
        Assert.Equal("重复令牌的第二条", recaptcha.ReportOf(secondTip).WhatHappened);

        var third = await HtmlPage.ParseAsync(await SubmitWithTokenAsync(client, "第三条，又没通过", "another-bad-token"));
        Assert.Contains("提交过于频繁", third.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("第三条，又没通过", third.Document.QuerySelector("#what-happened")!.TextContent);

        siteVerify.Respond = FakeSiteVerify.Json(FakeSiteVerify.Answer());
        var passing = await SubmitWithTokenAsync(client, "第三条，这次通过了", "a-good-token");
        Assert.Equal(HttpStatusCode.Redirect, passing.StatusCode);
        Assert.True((await recaptcha.NewestTipAsync()).ProofOfWorkPassed);
    }

    [Fact]
    public async Task When_siteverify_is_down_the_proof_of_work_still_verifies_the_tip()
    {
        await using var recaptcha = await RecaptchaHarness.StartAsync();
        recaptcha.SiteVerify.Respond = context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        };
        using var client = recaptcha.Portal.CreateBrowserLikeClient();
        var fields = TipForms.Fields("siteverify 不可用时的线索");
        fields["g-recaptcha-response"] = "a-token";

        var posted = await TipForms.SubmitAsync(client, fields, solveProofOfWork: true);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.True((await recaptcha.NewestTipAsync()).ProofOfWorkPassed);
    }
}
