using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Portal.Tests.Infrastructure;
using Portal.Tips.Police;
using Portal.Tips.Rewards;
using Portal.Web.Components.Staff.Rewards;
using Portal.Web.Rewards;

namespace Portal.Tests.Rewards;

/// <summary>
/// The staff reward components against the real reward service of a running portal (SQLite): proposing from
/// the tip's panel, and the approval table that offers a proposer no approve button while another supervisor
/// approves.
/// </summary>
/// <remarks>MudBlazor's services are only async-disposable, so the context is disposed through IAsyncLifetime.</remarks>
[IntegrationTest]
public sealed class RewardStaffComponentTests : BunitContext, IClassFixture<PortalFactory>, IAsyncLifetime
{
    private readonly RewardHarness desk;
    private bool popoversReady;

    public RewardStaffComponentTests(PortalFactory portal)
    {
        desk = new RewardHarness(portal.Services);
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddSingleton(portal.Services.GetRequiredService<RewardWorkflow>());
        Services.AddSingleton(portal.Services.GetRequiredService<RewardSchedule>());
        Services.AddSingleton(new StaffNames(portal.Services.GetRequiredService<Portal.Web.Identity.StaffDirectory>()));
    }

    [Fact]
    public async Task An_officer_proposes_from_the_tip_panel_and_sees_it_wait_for_a_supervisor()
    {
        var officer = await desk.OfficerAsync("620102");
        var tipId = await desk.TipAsync("620102");
        var open = RenderPanel(tipId, officer);
        Assert.NotNull(open.Find("[data-testid=reward-panel-not-substantiated]"));
        Assert.Empty(open.FindAll("[data-testid=reward-propose]"));

        await desk.CloseSubstantiatedAsync(officer, tipId);
        var panel = RenderPanel(tipId, officer);
        panel.Find("textarea").Change("线索准确，协助抓获两名嫌疑人。");
        panel.Find("button[data-testid=reward-propose]").Click();

        panel.WaitForAssertion(() => Assert.Equal("已提议，待主管领导审批", panel.Find("[data-testid=reward-panel-status]").TextContent));
        var proposed = (await desk.Workflow.OfTipAsync(officer, tipId)).Active!;
        Assert.Equal((RewardStatus.Proposed, "verified", officer.UserId), (proposed.Status, proposed.LevelCode, proposed.ProposedBy));
        Assert.Equal("线索准确，协助抓获两名嫌疑人。", (await desk.Workflow.NotesAsync(officer, proposed.Id)).Justification);
        Assert.Empty(panel.FindAll("button[data-testid=reward-propose]"));
    }

    [Fact]
    public async Task The_proposer_gets_no_approve_button_and_another_supervisor_approves_from_the_table()
    {
        var proposer = await desk.SupervisorAsync("620102");
        var approver = await desk.SupervisorAsync("620100");
        var tipId = await desk.TipAsync("620102");
        var rewardId = await desk.ProposedAsync(tipId, proposer);

        var own = RenderTable(rewardId, proposer);
        Assert.Empty(own.FindAll("button[data-testid=reward-approve]"));
        Assert.Contains("另一位主管领导", own.Find("[data-testid=reward-own]").TextContent, StringComparison.Ordinal);

        var other = RenderTable(rewardId, approver);
        other.Find("button[data-testid=reward-approve]").Click();

        await WaitAsync(async () => (await desk.StoredAsync(rewardId)).Status == RewardStatus.Approved);
        Assert.Equal(approver.UserId, (await desk.StoredAsync(rewardId)).DecidedBy);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(await condition());
    }

    private IRenderedComponent<TipRewardPanel> RenderPanel(Guid tipId, StaffActor actor)
    {
        if (!popoversReady)
        {
            // The level picker needs one popover provider on the page, as the staff layout has.
            Render<MudPopoverProvider>();
            popoversReady = true;
        }

        return Render<TipRewardPanel>(parameters => parameters.Add(p => p.TipId, tipId).Add(p => p.Actor, actor));
    }

    private IRenderedComponent<RewardTable> RenderTable(Guid rewardId, StaffActor actor)
    {
        var rows = desk.Workflow.ListAsync(actor, RewardStatus.Proposed).GetAwaiter().GetResult().Where(r => r.Id == rewardId).ToList();
        Assert.Single(rows);
        return Render<RewardTable>(parameters => parameters.Add(p => p.Rows, rows).Add(p => p.Actor, actor).Add(p => p.Stage, RewardTable.Stages.Proposed));
    }
}
