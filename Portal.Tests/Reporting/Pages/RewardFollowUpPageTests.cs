using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Rewards;
using Portal.Tips.Reporting;
using Portal.Tips.Police;
using Portal.Tips.Rewards;

namespace Portal.Tests.Reporting.Pages;

/// <summary>
/// The reporter's side of the reward over HTTP, without JavaScript: the follow-up page shows an approved reward,
/// a claim code once with the office and what to bring, or a bank-details form that keeps what was typed.
/// </summary>
[IntegrationTest]
public sealed class RewardFollowUpPageTests : IClassFixture<RewardFollowUpPageTests.OfficePortalFactory>
{
    private readonly OfficePortalFactory portal;

    public RewardFollowUpPageTests(OfficePortalFactory portal) => this.portal = portal;

    /// <summary>The portal with an office configured for Baiyin prefecture besides the default.</summary>
    public sealed class OfficePortalFactory() : PortalFactory(null, new Dictionary<string, string?>
    {
        ["Tips:Rewards:Offices:default:Name"] = "甘肃省公安厅刑事侦查总队",
        ["Tips:Rewards:Offices:620400:Name"] = "白银市公安局刑事侦查支队",
        ["Tips:Rewards:Offices:620400:Address"] = "白银市白银区人民路 1 号",
        ["Tips:Rewards:Offices:620400:Hours"] = "工作日 9:00–17:00",
    });

    private sealed record Reporter(Guid TipId, string Number, string Passphrase);

    private async Task<Reporter> ReportAsync(HttpClient client)
    {
        var receipt = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(await TipForms.SubmitAsync(client, TipForms.Fields())));
        var number = receipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent;
        var passphrase = receipt.Document.QuerySelector("[data-testid=receipt-passphrase]")!.TextContent;
        var (_, tipId) = await portal.Services.GetRequiredService<TipFollowUp>().SignInAsync(number, passphrase, "reward-test");
        return new Reporter(tipId!.Value, number, passphrase);
    }

    private static async Task<HtmlPage> SignInAsync(HttpClient client, Reporter reporter)
    {
        var signIn = await HtmlPage.GetAsync(client, "/report/follow-up");
        return await HtmlPage.ParseAsync(await signIn.SubmitAsync(client, new Dictionary<string, string> { ["SignIn.Number"] = reporter.Number, ["SignIn.Passphrase"] = reporter.Passphrase }));
    }

    /// <summary>One officer proposes and a supervisor approves; the officer returned is a colleague at the counter, who pays.</summary>
    private async Task<(RewardHarness Harness, StaffActor Counter, StaffActor Supervisor, Guid RewardId)> ApproveAsync(Reporter reporter)
    {
        var desk = new RewardHarness(portal.Services);
        var supervisor = await desk.SupervisorAsync("620402");
        var rewardId = await desk.ApprovedAsync(reporter.TipId, await desk.OfficerAsync("620400"), supervisor);
        return (desk, await desk.OfficerAsync("620400"), supervisor, rewardId);
    }

    [Fact]
    public async Task The_reporter_sees_the_reward_gets_a_claim_code_once_and_then_sees_it_paid()
    {
        using var client = portal.CreateBrowserLikeClient();
        var reporter = await ReportAsync(client);
        Assert.NotNull((await SignInAsync(client, reporter)).Document.QuerySelector("[data-testid=reward-none]"));
        var (desk, officer, _, _) = await ApproveAsync(reporter);

        var offered = await SignInAsync(client, reporter);
        Assert.Equal("奖励可申领", offered.Document.QuerySelector("#reward-heading")!.TextContent);
        Assert.Equal("线索查证属实：人民币 1,000 元", offered.Document.QuerySelector("[data-testid=reward-amount]")!.TextContent);
        var offices = offered.Document.QuerySelectorAll("input[name='RewardCode.OfficeKey']").Select(radio => radio.GetAttribute("value")).ToList();
        Assert.Equal(["620400", "default"], offices);
        Assert.Contains("白银市白银区人民路 1 号", offered.Document.QuerySelector("form:has(input[name='RewardCode.OfficeKey'])")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(offered.Document.QuerySelector("form:has(#bank-account)"));
        // No script but the quick exit's own file, which reads no field.
        Assert.All(offered.Document.QuerySelectorAll("script"), script => Assert.StartsWith("js/quick-exit", script.GetAttribute("src"), StringComparison.Ordinal));

        var issued = await HtmlPage.ParseAsync(await offered.SubmitAsync(client, new Dictionary<string, string> { ["RewardCode.OfficeKey"] = "620400" }, "form:has(input[name='RewardCode.OfficeKey'])"));
        Assert.Equal("no-store", issued.Response.Headers.CacheControl!.ToString());
        var shown = issued.Document.QuerySelector("[data-testid=claim-code]")!.TextContent;
        Assert.Matches("^[0-9]{4} [0-9]{4} [0-9]{4}$", shown);
        Assert.Equal("领取地点：白银市公安局刑事侦查支队", issued.Document.QuerySelector("[data-testid=claim-office]")!.TextContent);
        Assert.Contains("居民身份证", issued.Document.QuerySelector("[data-testid=claim-bring]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("工作日 9:00–17:00", issued.Text, StringComparison.Ordinal);
        Assert.Null(issued.Document.QuerySelector("form:has(#bank-account):not([hidden])"));

        var later = await SignInAsync(client, reporter);
        Assert.Null(later.Document.QuerySelector("[data-testid=claim-code]"));
        Assert.DoesNotContain(shown, later.Text, StringComparison.Ordinal);
        Assert.Contains("白银市公安局刑事侦查支队", later.Document.QuerySelector("[data-testid=reward-code-chosen]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(later.Document.QuerySelector("form:has(#bank-account)"));

        Assert.Null((await desk.Workflow.RedeemCodeAsync(officer, shown)).Error);
        var paid = await SignInAsync(client, reporter);
        Assert.StartsWith("奖励已于 ", paid.Document.QuerySelector("[data-testid=reward-paid]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(paid.Document.QuerySelector("form:has(input[name='RewardCode.Access'])"));
    }

    [Fact]
    public async Task Bank_details_with_a_mistake_come_back_as_typed_and_then_are_accepted()
    {
        using var client = portal.CreateBrowserLikeClient();
        var reporter = await ReportAsync(client);
        var (desk, _, supervisor, rewardId) = await ApproveAsync(reporter);
        var offered = await SignInAsync(client, reporter);
        const string BankForm = "form:has(#bank-account)";

        var wrong = await HtmlPage.ParseAsync(await offered.SubmitAsync(client, new Dictionary<string, string>
        {
            ["RewardBank.AccountName"] = "赵六", ["RewardBank.Bank"] = "中国银行白银分行", ["RewardBank.AccountNumber"] = "6216 61", ["RewardBank.Consent"] = "true",
        }, BankForm));
        Assert.Equal("账号应为 12 至 30 位数字。", wrong.Document.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(("赵六", "中国银行白银分行", "6216 61"), (
            wrong.Document.QuerySelector("#bank-account-name")!.GetAttribute("value"),
            wrong.Document.QuerySelector("#bank-name")!.GetAttribute("value"),
            wrong.Document.QuerySelector("#bank-account")!.GetAttribute("value")));
        Assert.Equal(ReporterRewardState.Available, (await desk.Workflow.AvailableAsync(reporter.TipId))!.State);

        var accepted = await HtmlPage.ParseAsync(await wrong.SubmitAsync(client, new Dictionary<string, string> { ["RewardBank.AccountNumber"] = "6216 6100 0000 1234 567" }, BankForm));
        Assert.Equal("账户信息已收到。", accepted.Document.QuerySelector("[role=status]")!.TextContent);
        Assert.NotNull(accepted.Document.QuerySelector("[data-testid=reward-bank-given]"));
        Assert.Null(accepted.Document.QuerySelector("form:has(input[name='RewardCode.OfficeKey']):not([hidden])"));
        Assert.Equal("6216610000001234567", (await desk.Workflow.BankDetailsAsync(supervisor, rewardId))!.AccountNumber);

        Assert.Null((await desk.Workflow.RecordPayoutAsync(supervisor, rewardId, "BOC-0001")).Error);
        Assert.NotNull((await SignInAsync(client, reporter)).Document.QuerySelector("[data-testid=reward-paid]"));
    }

    [Fact]
    public async Task A_choice_posted_after_the_token_expired_or_forged_issues_nothing()
    {
        using var client = portal.CreateBrowserLikeClient();
        var reporter = await ReportAsync(client);
        var (desk, _, _, _) = await ApproveAsync(reporter);
        var offered = await SignInAsync(client, reporter);

        var forged = await HtmlPage.ParseAsync(await offered.SubmitAsync(client, new Dictionary<string, string> { ["RewardCode.Access"] = "forged" }, "form:has(input[name='RewardCode.OfficeKey'])"));

        Assert.Equal(HttpStatusCode.OK, forged.Status);
        Assert.Equal("页面已过期，请重新输入回执号和口令。", forged.Document.QuerySelector("[role=alert]")!.TextContent);
        Assert.Null(forged.Document.QuerySelector("[data-testid=claim-code]"));
        Assert.Equal(ReporterRewardState.Available, (await desk.Workflow.AvailableAsync(reporter.TipId))!.State);
    }
}
