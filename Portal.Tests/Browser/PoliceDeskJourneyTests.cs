using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Tips.Police;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class PoliceDeskJourneyTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    // 永登县: no other browser test sends tips there, so this officer's queue holds only this journey's tip.
    private const string Yongdeng = "620121";

    [Fact]
    public async Task A_public_P1_tip_is_triaged_questioned_answered_closed_as_substantiated_rewarded_by_two_people_and_claimed()
    {
        var officer = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Officer);
        Assert.Null((await Fixture.Portal.Services.GetRequiredService<OfficerGrants>().SetGrantsAsync("test-admin", officer.Id, [Yongdeng])).Error);

        // The officer is at work with the queue open before the tip arrives.
        var desk = await StaffPages.SignedInAsync(Fixture, officer, "/staff/tips");
        await WaitOrExplainAsync(desk.Locator("[data-testid=queue-empty]"));

        // A member of the public reports a child being taken, happening now: a P1.
        var reporter = await Fixture.NewPageAsync();
        await reporter.GotoAsync(Fixture.BaseUrl + "/report");
        await reporter.GetByLabel("线索类别").SelectOptionAsync("child-abduction");
        await reporter.GetByLabel("这件事现在正在发生").CheckAsync();
        await reporter.GetByLabel("请描述您看到或知道的情况").FillAsync("永登县汽车站，一名男子把一个哭喊的小男孩抱上一辆白色面包车。");
        await reporter.GetByLabel("地点（县区）").SelectOptionAsync(Yongdeng);
        // People and vehicles are optional: their section and each block open when the reporter wants them.
        await reporter.Locator("#people-section > summary").ClickAsync();
        await reporter.Locator("summary", new() { HasText = "人员 1" }).ClickAsync();
        await reporter.Locator("#person-1-role").SelectOptionAsync("Suspect");
        await reporter.Locator("#person-1-sex").SelectOptionAsync("Male");
        await reporter.Locator("#person-1-age").FillAsync("40");
        await reporter.Locator("#person-1-description").FillAsync("黑色夹克，左脸有疤");
        await reporter.Locator("summary", new() { HasText = "车辆 1" }).ClickAsync();
        await reporter.Locator("#vehicle-1-type").SelectOptionAsync("Van");
        await reporter.Locator("#vehicle-1-plate").FillAsync("甘A·12345");
        await reporter.Locator("#vehicle-1-colour").FillAsync("白色");
        await reporter.Locator("form[data-altcha-state=done]").WaitForAsync(new() { Timeout = 20_000 });
        await reporter.GetByRole(AriaRole.Button, new() { Name = "提交线索" }).ClickAsync();
        await reporter.WaitForURLAsync("**/report/receipt*");
        var number = (await reporter.Locator("[data-testid=receipt-number]").TextContentAsync())!;
        var passphrase = (await reporter.Locator("[data-testid=receipt-passphrase]").TextContentAsync())!;

        // The live P1 alert reaches the open queue page; the queue shows the tip with its SLA.
        var alert = desk.Locator("[data-testid=tip-alert]");
        await WaitOrExplainAsync(alert, timeout: 60_000);
        Assert.Contains("新的 P1 特急线索", await alert.TextContentAsync(), StringComparison.Ordinal);
        await desk.Locator("[data-testid=queue-refresh]").ClickAsync();
        var row = desk.Locator("[data-testid=queue] tbody tr", new() { Has = desk.Locator("[data-testid=queue-link]") });
        await WaitOrExplainAsync(row);
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("P1 特急", await row.TextContentAsync(), StringComparison.Ordinal);
        Assert.Matches("剩 [0-9]+ 分钟", await row.Locator("[data-testid=sla]").TextContentAsync());
        Assert.Contains("未读", await row.TextContentAsync(), StringComparison.Ordinal);
        // One reference names the tip everywhere: the alert, the queue, the tip page, the case file, the rewards page, the messages.
        var reference = (await row.Locator("[data-testid=tip-ref]").TextContentAsync())!;
        Assert.Matches("^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$", reference);
        Assert.Contains(reference, await alert.TextContentAsync(), StringComparison.Ordinal);
        await desk.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "police-queue.png"), FullPage = true });
        await AssertAccessibleAsync(desk);

        // Triage: open, acknowledge, assign to self, start the investigation, ask the reporter a question.
        await row.Locator("[data-testid=queue-link]").ClickAsync();
        await desk.WaitForURLAsync("**/staff/tips/*");
        await WaitOrExplainAsync(desk.Locator("[data-testid=tip-narrative]"));
        Assert.Equal("永登县汽车站，一名男子把一个哭喊的小男孩抱上一辆白色面包车。", await desk.Locator("[data-testid=tip-narrative]").TextContentAsync());
        Assert.Equal($"线索 {reference}", await desk.Locator("[data-testid=tip-heading]").TextContentAsync());
        var tipUrl = desk.Url;
        Assert.Contains("黑色夹克，左脸有疤", await desk.Locator("[data-testid=tip-people]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("甘A12345", await desk.Locator("[data-testid=tip-vehicles]").TextContentAsync(), StringComparison.Ordinal);
        await ActAsync(desk, "确认收到", "已确认收到。");
        Assert.StartsWith("已确认", await desk.Locator("[data-testid=tip-status]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("指派给一名民警后才能开始核查（见下方“指派”）。", await desk.Locator("[data-testid=investigate-needs]").TextContentAsync());
        await ActAsync(desk, "指派", "已指派。");
        await Assertions.Expect(desk.Locator("[data-testid=investigate-needs]")).ToHaveCountAsync(0);
        Assert.Equal("测试 Officer", await desk.Locator("[data-testid=tip-assignee]").TextContentAsync());
        await ActAsync(desk, "开始核查", "已开始核查。");
        await desk.GetByLabel("内部备注（举报人看不到）").FillAsync("内部：已通知车站派出所调取监控。");
        await ActAsync(desk, "添加内部备注", "内部备注已添加。");
        await desk.GetByLabel("给举报人的消息或问题").FillAsync("请问面包车往哪个方向开走了？");
        await ActAsync(desk, "发送给举报人", "消息已发送给举报人。");
        Assert.Contains("请问面包车往哪个方向开走了？", await desk.Locator("[data-testid=tip-messages]").TextContentAsync(), StringComparison.Ordinal);
        await ScreenshotFromTopAsync(desk, "police-tip.png");
        await AssertAccessibleAsync(desk);

        // The reporter signs in with the receipt, reads the question (not the internal note) and answers.
        var followUp = await SignInWithReceiptAsync(number, passphrase);
        Assert.Equal("核查中", await followUp.Locator("[data-testid=tip-status]").TextContentAsync());
        Assert.Contains("请问面包车往哪个方向开走了？", await followUp.Locator("[data-testid=messages]").TextContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("调取监控", await followUp.ContentAsync(), StringComparison.Ordinal);
        await followUp.GetByLabel("回复或补充信息").FillAsync("往兰州方向开走了，车尾有一道划痕。");
        await followUp.GetByRole(AriaRole.Button, new() { Name = "发送" }).ClickAsync();
        await followUp.GetByText("消息已发送。").WaitForAsync();

        // The officer sees the answer and closes the tip as substantiated, with a message for the reporter.
        await desk.ReloadAsync();
        await WaitOrExplainAsync(desk.Locator("[data-testid=tip-messages]", new() { HasText = "往兰州方向开走了" }));
        await desk.GetByLabel("办理结果").ClickAsync();
        await desk.GetByRole(AriaRole.Option, new() { Name = "查证属实" }).ClickAsync();
        await desk.GetByLabel("给举报人的结果说明（可选）").FillAsync("感谢您的举报，孩子已被解救。");
        // Leaving the field sends its value before the button's click, however loaded the machine.
        await desk.GetByLabel("给举报人的结果说明（可选）").PressAsync("Tab");
        // Closing asks first, naming the tip and the outcome; cancelling leaves it open.
        await desk.Locator("[data-testid=action-close]").ClickAsync();
        Assert.Equal(
            $"办结线索 {reference}，结果为“查证属实”？办结后不能再处理，反馈将显示给举报人。",
            await desk.Locator("[data-testid=action-close-question]").TextContentAsync());
        await desk.Locator("[data-testid=action-close-cancel]").ClickAsync();
        Assert.Equal("核查中", await desk.Locator("[data-testid=tip-status]").TextContentAsync());
        await desk.Locator("[data-testid=action-close]").ClickAsync();
        await ActAsync(desk, "确认办结", $"线索 {reference} 已办结。");
        Assert.Equal("已办结：查证属实", await desk.Locator("[data-testid=tip-status]").TextContentAsync());
        await Assertions.Expect(desk.Locator("[data-testid=status-message-current]")).ToHaveTextAsync("感谢您的举报，孩子已被解救。");
        await ScreenshotFromTopAsync(desk, "police-tip-closed.png");
        var caseFile = await desk.Context.NewPageAsync();
        await caseFile.GotoAsync(tipUrl + "/case-file");
        Assert.Equal(reference, await caseFile.Locator("[data-testid=tip-ref]").First.TextContentAsync());
        await caseFile.CloseAsync();

        // The reporter comes back: closed, with the police's message.
        var closed = await SignInWithReceiptAsync(number, passphrase);
        Assert.Equal("已办结", await closed.Locator("[data-testid=tip-status]").TextContentAsync());
        Assert.Contains("感谢您的举报，孩子已被解救。", await closed.GetByRole(AriaRole.Region, new() { Name = "公安机关的说明" }).TextContentAsync(), StringComparison.Ordinal);
        await closed.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "police-follow-up-closed.png"), FullPage = true });

        // The officer proposes a reward from the tip's page (第三十二条); the proposer cannot approve it.
        await desk.ReloadAsync();
        await WaitOrExplainAsync(desk.Locator("[data-testid=reward-propose]"));
        await desk.GetByLabel("提议理由：线索如何协助查证或破案").FillAsync("举报人及时报告车辆特征，协助解救被拐儿童。");
        await desk.Locator("[data-testid=reward-propose]").ClickAsync();
        await WaitOrExplainAsync(desk.Locator("[data-testid=reward-panel-message]", new() { HasText = "已提议，等待另一位主管领导审批。" }));
        Assert.Equal(0, await desk.Locator("[data-testid=reward-approve]").CountAsync());

        // A supervisor of the same county, a second person, approves it on the rewards page.
        var supervisor = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Supervisor);
        Assert.Null((await Fixture.Portal.Services.GetRequiredService<OfficerGrants>().SetGrantsAsync("test-admin", supervisor.Id, [Yongdeng])).Error);
        var approver = await StaffPages.SignedInAsync(Fixture, supervisor, "/staff/rewards");
        var proposal = approver.Locator("[data-testid=rewards-proposed] tbody tr", new() { Has = approver.Locator("[data-testid=reward-approve]") });
        await WaitOrExplainAsync(proposal);
        Assert.Equal(1, await proposal.CountAsync());
        Assert.Equal(reference, await proposal.Locator("[data-testid=tip-ref]").TextContentAsync());
        await proposal.Locator("[data-testid=reward-approve]").ClickAsync();
        Assert.Equal(
            $"批准向举报人发放 1,000 元奖励（线索 {reference}）？批准后举报人即可选择领取方式。",
            await approver.Locator("[data-testid=reward-approve-question]").TextContentAsync());
        await approver.Locator("[data-testid=reward-approve-confirm]").ClickAsync();
        await WaitOrExplainAsync(approver.Locator("[data-testid=rewards-message]", new() { HasText = $"已批准向举报人发放 1,000 元奖励（线索 {reference}）。" }));
        await ScreenshotFromTopAsync(approver, "police-reward-approved.png");

        // The reporter signs in with the receipt, sees the reward and takes a claim code for the police office.
        var reward = await SignInWithReceiptAsync(number, passphrase);
        Assert.Contains("元", await reward.Locator("[data-testid=reward-amount]").TextContentAsync(), StringComparison.Ordinal);
        await reward.GetByRole(AriaRole.Button, new() { Name = "获取领取码" }).ClickAsync();
        await reward.Locator("[data-testid=claim-code]").WaitForAsync();
        Assert.Matches("^[0-9]{4} [0-9]{4} [0-9]{4}$", await reward.Locator("[data-testid=claim-code]").TextContentAsync());
        await reward.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "police-journey-claim-code.png"), FullPage = true });
    }

    /// <summary>The same WCAG 2.1 AA rules axe checks on the public pages.</summary>
    private static async Task AssertAccessibleAsync(IPage page)
    {
        // A toast fading in or out is measured at part opacity: check the page once it has gone.
        await page.Locator(".mud-snackbar").First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 20_000 });
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, page.Url + "\n" + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }

    /// <summary>The app bar is fixed: scrolled to the top first, a full-page picture shows the page as it is laid out.</summary>
    private static async Task ScreenshotFromTopAsync(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), FullPage = true });
    }

    /// <summary>Clicks an action button and waits for the page to say it was done.</summary>
    private async Task ActAsync(IPage page, string button, string done)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await WaitOrExplainAsync(page.Locator("[data-testid=tip-feedback]", new() { HasText = done }));
    }

    private async Task<IPage> SignInWithReceiptAsync(string number, string passphrase)
    {
        var page = await Fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync(Fixture.BaseUrl + "/report/follow-up");
        await page.GetByLabel("回执号").FillAsync(number);
        await page.GetByLabel("口令").FillAsync(passphrase);
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await page.Locator("[data-testid=tip-status]").WaitForAsync();
        return page;
    }

    /// <summary>Interactive pages need the circuit; if it never renders, the browser console says why.</summary>
    private async Task WaitOrExplainAsync(ILocator locator, float timeout = 45_000)
    {
        try
        {
            await locator.First.WaitForAsync(new() { Timeout = timeout });
        }
        catch (TimeoutException exception)
        {
            var shot = Path.Combine(BrowserFixture.ScreenshotFolder, "police-journey-timeout.png");
            await locator.Page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw new TimeoutException($"Screenshot: {shot}\n" + exception.Message + $"\nPage: {locator.Page.Url}\nBrowser console:\n" + string.Join("\n", Fixture.BrowserMessages), exception);
        }
    }
}
