using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Rewards;
using Portal.Tips.Police;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// 工作台 shows each role what waits for it, and a count's link opens the list filtered to it: an officer's unread
/// tips, a supervisor's rewards to approve. Screenshots <c>inbox-officer.png</c> and <c>inbox-supervisor.png</c>.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class TaskInboxBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    // 榆中县: no other browser test sends tips there.
    private const string Yuzhong = "620123";

    [Fact]
    public async Task An_officer_and_a_supervisor_see_their_waiting_work_and_follow_it_to_the_filtered_list()
    {
        var services = Fixture.Portal.Services;
        var officer = await TestUsers.CreateAsync(services, PortalRoles.Officer);
        var supervisor = await TestUsers.CreateAsync(services, PortalRoles.Supervisor);
        var grants = services.GetRequiredService<OfficerGrants>();
        Assert.Null((await grants.SetGrantsAsync("test-admin", officer.Id, [Yuzhong])).Error);
        Assert.Null((await grants.SetGrantsAsync("test-admin", supervisor.Id, [Yuzhong])).Error);
        var desk = new RewardHarness(services);
        var proposer = await desk.OfficerAsync(Yuzhong);
        await desk.ProposedAsync(await desk.TipAsync(Yuzhong), proposer);
        await desk.TipAsync(Yuzhong);
        await desk.TipAsync(Yuzhong);

        var home = await StaffPages.SignedInAsync(Fixture, officer, "/staff");
        var unread = home.Locator("[data-testid=inbox-unread-tips]");
        await unread.WaitForAsync(new() { Timeout = 45_000 });
        Assert.Equal("2", await unread.Locator("[data-testid=inbox-count]").TextContentAsync());
        Assert.Contains("条线索有未读内容", await unread.TextContentAsync(), StringComparison.Ordinal);
        await home.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "inbox-officer.png"), FullPage = true });

        await unread.Locator("[data-testid=inbox-link]").ClickAsync();
        await home.WaitForURLAsync("**/staff/tips?unread=true");
        var rows = home.Locator("[data-testid=queue] tbody tr", new() { Has = home.Locator("[data-testid=queue-link]") });
        await rows.First.WaitForAsync(new() { Timeout = 45_000 });
        Assert.Equal(2, await rows.CountAsync());
        Assert.True(await home.Locator("[data-testid=filter-unread]").First.EvaluateAsync<bool>("e => (e.matches('input') ? e : e.querySelector('input')).checked"));

        var boss = await StaffPages.SignedInAsync(Fixture, supervisor, "/staff");
        var toApprove = boss.Locator("[data-testid=inbox-rewards-to-approve]");
        await toApprove.WaitForAsync(new() { Timeout = 45_000 });
        Assert.Equal("1", await toApprove.Locator("[data-testid=inbox-count]").TextContentAsync());
        await boss.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "inbox-supervisor.png"), FullPage = true });

        await toApprove.Locator("[data-testid=inbox-link]").ClickAsync();
        await boss.WaitForURLAsync("**/staff/rewards?tab=proposed");
        await boss.Locator("[data-testid=rewards-proposed] [data-testid=reward-approve]").First.WaitForAsync(new() { Timeout = 45_000 });
    }
}
