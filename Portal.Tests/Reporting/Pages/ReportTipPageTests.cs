using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Web.Hosting;

namespace Portal.Tests.Reporting.Pages;

[IntegrationTest]
public sealed class ReportTipPageTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory portal;

    public ReportTipPageTests(PortalFactory portal) => this.portal = portal;

    private static void AssertOnlyAntiforgeryCookies(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            // Besides antiforgery, only the receipt itself, for its own page and its 30 minutes.
            Assert.All(cookies, cookie => Assert.True(
                cookie.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)
                || (cookie.StartsWith("portal-receipt=", StringComparison.Ordinal)
                    && (cookie.Contains("path=/report/receipt;", StringComparison.Ordinal) || cookie.Contains("path=/en/report/receipt;", StringComparison.Ordinal))),
                cookie));
        }
    }

    [Fact]
    public async Task The_form_is_not_stored_sets_no_tracking_cookie_and_loads_nothing_from_another_origin()
    {
        using var client = portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, "/report");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("no-store", page.Response.Headers.CacheControl!.ToString());
        AssertOnlyAntiforgeryCookies(page.Response);
        // The quick exit is a link away to the neutral site, not something the page loads.
        var references = page.Document.QuerySelectorAll("[src],[href]:not(a.quick-exit-link),[action]")
            .Select(element => element.GetAttribute("src") ?? element.GetAttribute("href") ?? element.GetAttribute("action") ?? "")
            .ToList();
        // An absolute address of this origin is the canonical link, which loads nothing.
        Assert.All(references, reference => Assert.True(reference.StartsWith(PortalFactory.SecureBaseAddress.AbsoluteUri, StringComparison.Ordinal) || reference.StartsWith('/') || reference.StartsWith('#') || reference.StartsWith("tel:", StringComparison.Ordinal) || !reference.Contains(':', StringComparison.Ordinal), reference));
        Assert.NotNull(page.Document.QuerySelector("script[src*='js/pow']"));
        Assert.Null(page.Document.QuerySelector("script[src*='recaptcha'], [data-recaptcha-site-key]"));
        Assert.Equal(SecurityHeaders.PublicPolicy, page.Response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("http", SecurityHeaders.PublicPolicy, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"maxnumber\"", page.Document.QuerySelector("form[data-altcha-challenge]")!.GetAttribute("data-altcha-challenge"), StringComparison.Ordinal);
        Assert.Contains("DNA", page.Text, StringComparison.Ordinal);
        Assert.Equal("tel:110", page.Document.QuerySelector("main a.button.urgent")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/report", "正在进行安全校验…", "安全校验完成")]
    [InlineData("/report?lang=en", "Running a security check…", "Security check complete")]
    public async Task The_proof_of_work_status_line_is_an_empty_live_region_by_the_button_carrying_its_texts_for_the_script(string path, string working, string done)
    {
        using var client = portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, path);

        var status = page.Document.QuerySelector("form[data-altcha-challenge] [data-altcha-status]")!;
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Equal("", status.TextContent);
        Assert.Equal(working, status.GetAttribute("data-working"));
        Assert.Equal(done, status.GetAttribute("data-done"));
        Assert.False(string.IsNullOrWhiteSpace(status.GetAttribute("data-failed")));
        Assert.Equal("BUTTON", status.NextElementSibling!.TagName);
    }

    [Fact]
    public async Task Without_javascript_a_tip_is_accepted_unverified_and_the_receipt_follows_the_commit()
    {
        using var client = portal.CreateBrowserLikeClient();

        var posted = await TipForms.SubmitAsync(client, TipForms.Fields());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        AssertOnlyAntiforgeryCookies(posted);
        var receiptPage = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(posted));
        Assert.Equal("no-store", receiptPage.Response.Headers.CacheControl!.ToString());
        var number = receiptPage.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        Assert.Matches("^[1-9][0-9]{15}$", number);
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", receiptPage.Document.QuerySelector("[data-testid=receipt-passphrase]")!.TextContent);
        Assert.Null(receiptPage.Document.QuerySelector("[role=alert]"));
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var newest = await context.Set<Tip>().OrderByDescending(t => t.ReceivedAt).FirstAsync();
        Assert.False(newest.ProofOfWorkPassed);
        Assert.Equal("forced-labour", newest.Category);
    }

    [Fact]
    public async Task With_a_solved_proof_of_work_the_tip_is_marked_verified_and_the_same_proof_cannot_be_reused()
    {
        using var client = portal.CreateBrowserLikeClient();
        var fields = TipForms.Fields(narrative: "验证过的线索 " + Guid.NewGuid());

        var posted = await TipForms.SubmitAsync(client, fields, solveProofOfWork: true);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await using (var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync())
        {
            Assert.True((await context.Set<Tip>().OrderByDescending(t => t.ReceivedAt).FirstAsync()).ProofOfWorkPassed);
        }

        var replay = await HtmlPage.ParseAsync(await TipForms.SubmitAsync(client, fields));
        Assert.Equal(HttpStatusCode.OK, replay.Status);
        Assert.Contains("安全校验未通过或已过期", replay.Text, StringComparison.Ordinal);
        Assert.Equal(fields["Form.WhatHappened"], replay.Document.QuerySelector("#what-happened")!.TextContent);
    }

    [Fact]
    public async Task An_urgent_tip_puts_110_first_on_the_receipt()
    {
        using var client = portal.CreateBrowserLikeClient();
        var fields = TipForms.Fields("孩子刚刚在公园走失了");
        fields["Form.ChildJustMissing"] = "true";

        var posted = await TipForms.SubmitAsync(client, fields);
        var receipt = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(posted));

        var first = receipt.Document.QuerySelector("main")!.FirstElementChild!;
        Assert.Equal("alert", first.GetAttribute("role"));
        Assert.Equal("tel:110", first.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Bad_input_gets_a_message_naming_the_field_and_the_form_keeps_everything_typed()
    {
        using var client = portal.CreateBrowserLikeClient();
        var fields = TipForms.Fields(narrative: "");
        fields["Form.People[0].Description"] = "<script>alert('x')</script> 穿红衣服的女人";

        var answer = await HtmlPage.ParseAsync(await TipForms.SubmitAsync(client, fields));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("请描述您看到或知道的情况：必须填写。", answer.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("forced-labour", answer.Document.QuerySelector("#category option[selected]")!.GetAttribute("value"));
        Assert.Equal("620402", answer.Document.QuerySelector("#place option[selected]")!.GetAttribute("value"));
        Assert.Equal("白银区汽车站", answer.Document.QuerySelector("#place-detail")!.GetAttribute("value"));
        Assert.Equal("<script>alert('x')</script> 穿红衣服的女人", answer.Document.QuerySelector("#person-1-description")!.TextContent);
        Assert.Empty(answer.Document.QuerySelectorAll("main script:not([src])"));
    }

    [Fact]
    public async Task Sending_the_same_form_twice_gives_one_tip_and_the_same_receipt()
    {
        using var client = portal.CreateBrowserLikeClient();
        var form = await HtmlPage.GetAsync(client, "/report");
        var fields = TipForms.Fields("同一表单提交两次 " + Guid.NewGuid());

        var first = await form.SubmitAsync(client, fields, "main form[data-altcha-challenge]");
        var second = await form.SubmitAsync(client, fields, "main form[data-altcha-challenge]");

        var firstReceipt = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(first));
        var secondReceipt = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(second));
        Assert.Equal(
            firstReceipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent,
            secondReceipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent);
    }

    [Fact]
    public async Task The_reporter_follows_up_with_the_receipt_and_sends_a_message()
    {
        using var client = portal.CreateBrowserLikeClient();
        var receipt = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(await TipForms.SubmitAsync(client, TipForms.Fields())));
        var number = receipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent;
        var passphrase = receipt.Document.QuerySelector("[data-testid=receipt-passphrase]")!.TextContent;

        var signIn = await HtmlPage.GetAsync(client, "/report/follow-up");
        var wrong = await HtmlPage.ParseAsync(await signIn.SubmitAsync(client, new Dictionary<string, string> { ["SignIn.Number"] = number, ["SignIn.Passphrase"] = "AAAA-BBBB-CCCC" }));
        Assert.Equal("回执号或口令不正确。", wrong.Document.QuerySelector("#form-errors li")!.TextContent);

        var opened = await HtmlPage.ParseAsync(await signIn.SubmitAsync(client, new Dictionary<string, string> { ["SignIn.Number"] = number, ["SignIn.Passphrase"] = passphrase }));
        Assert.Equal("已收到", opened.Document.QuerySelector("[data-testid=tip-status]")!.TextContent);
        Assert.Equal("no-store", opened.Response.Headers.CacheControl!.ToString());
        AssertOnlyAntiforgeryCookies(opened.Response);

        var leaked = await HtmlPage.ParseAsync(await opened.SubmitAsync(client, new Dictionary<string, string> { ["Reply.Text"] = "口令是 " + passphrase }, "form:has(#reply)"));
        Assert.Contains("不能包含您的回执号或口令", leaked.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("口令是 " + passphrase, leaked.Document.QuerySelector("#reply")!.TextContent);

        var sent = await HtmlPage.ParseAsync(await opened.SubmitAsync(client, new Dictionary<string, string> { ["Reply.Text"] = "补充：那两名少年大约十五岁。" }, "form:has(#reply)"));
        Assert.Equal("消息已发送。", sent.Document.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("补充：那两名少年大约十五岁。", sent.Document.QuerySelector("[data-testid=messages]")!.TextContent, StringComparison.Ordinal);

        Assert.Contains("查证属实", sent.Document.QuerySelector("[data-testid=reward-none]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(sent.Document.QuerySelector("form:has(#bank-account), form:has(input[name='RewardCode.Access'])"));
    }

    [Fact]
    public async Task A_forged_or_expired_follow_up_token_opens_nothing()
    {
        using var client = portal.CreateBrowserLikeClient();
        var signIn = await HtmlPage.GetAsync(client, "/report/follow-up");
        var token = signIn.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var forged = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "follow-up-reply",
            ["Reply.Access"] = "not-a-real-token",
            ["Reply.Text"] = "hello",
        });
        var answer = await HtmlPage.ParseAsync(await client.PostAsync("/report/follow-up", forged));
        Assert.True(answer.Document.QuerySelector("[role=alert]") is not null, $"{(int)answer.Status}: {answer.Document.Body?.OuterHtml}");

        Assert.Equal("页面已过期，请重新输入回执号和口令。", answer.Document.QuerySelector("[role=alert]")!.TextContent);
    }
}

[IntegrationTest]
public sealed class TipRateLimitTests
{
    [Fact]
    public async Task A_client_without_proof_of_work_is_held_to_the_stricter_limit_with_a_clear_message_and_nothing_lost()
    {
        using var portal = new PortalFactory(null, new Dictionary<string, string?>
        {
            ["Tips:SubmissionLimits:Verified"] = "5",
            ["Tips:SubmissionLimits:Unverified"] = "2",
        });
        using var client = portal.CreateBrowserLikeClient();
        for (var tip = 0; tip < 2; tip++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await TipForms.SubmitAsync(client, TipForms.Fields($"第 {tip} 条"))).StatusCode);
        }

        var limited = await HtmlPage.ParseAsync(await TipForms.SubmitAsync(client, TipForms.Fields("第三条，没有 JavaScript")));
        Assert.Contains("提交过于频繁", limited.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("第三条，没有 JavaScript", limited.Document.QuerySelector("#what-happened")!.TextContent);

        var withProof = await TipForms.SubmitAsync(client, TipForms.Fields("第三条，完成了安全校验"), solveProofOfWork: true);
        Assert.Equal(HttpStatusCode.Redirect, withProof.StatusCode);
    }
}
