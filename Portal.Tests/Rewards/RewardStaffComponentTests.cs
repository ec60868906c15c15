using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Portal.Tests.Infrastructure;
using Portal.Tips.Police;
using Portal.Tips.Reporting;
using Portal.Tips.Rewards;
using Portal.Web.Components.Staff.Common;
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
        other.Find("button[data-testid=reward-approve-confirm]").Click();

        await WaitAsync(async () => (await desk.StoredAsync(rewardId)).Status == RewardStatus.Approved);
        Assert.Equal(approver.UserId, (await desk.StoredAsync(rewardId)).DecidedBy);
    }

    [Fact]
    public async Task Approving_asks_first_in_words_cancel_does_nothing_and_confirm_says_what_was_done()
    {
        var proposer = await desk.OfficerAsync("620102");
        var approver = await desk.SupervisorAsync("620100");
        var tipId = await desk.TipAsync("620102");
        var rewardId = await desk.ProposedAsync(tipId, proposer);
        var reference = TipReference.Display((await desk.Workflow.ListAsync(approver, RewardStatus.Proposed)).Single(r => r.Id == rewardId).TipReference);
        var messages = new List<(string Text, bool IsError)>();
        var table = RenderTable(rewardId, approver, messages);
        Assert.Contains(reference, table.Find("[data-testid=tip-ref]").TextContent, StringComparison.Ordinal);

        table.Find("button[data-testid=reward-approve]").Click();
        Assert.Equal($"批准向举报人发放 1,000 元奖励（线索 {reference}）？批准后举报人即可选择领取方式。", table.Find("[data-testid=reward-approve-question]").TextContent);
        table.Find("button[data-testid=reward-approve-cancel]").Click();

        Assert.Empty(table.FindAll("[data-testid=reward-approve-question]"));
        Assert.Equal(RewardStatus.Proposed, (await desk.StoredAsync(rewardId)).Status);
        Assert.Empty(messages);

        table.Find("button[data-testid=reward-approve]").Click();
        table.Find("button[data-testid=reward-approve-confirm]").Click();

        await WaitAsync(async () => (await desk.StoredAsync(rewardId)).Status == RewardStatus.Approved);
        table.WaitForAssertion(() => Assert.Equal(
            [($"已批准向举报人发放 1,000 元奖励（线索 {reference}）。举报人登录后可以选择领取方式。", false)], messages));
    }

    [Fact]
    public void A_status_message_is_in_a_live_region_that_is_there_before_any_message()
    {
        var empty = Render<StatusMessage>(parameters => parameters.Add(p => p.TestId, "m"));
        var region = empty.Find("[data-testid=m]");
        Assert.Equal(("status", "polite"), (region.GetAttribute("role"), region.GetAttribute("aria-live")));
        Assert.Equal("", region.TextContent.Trim());

        empty.Render(parameters => parameters.Add(p => p.Text, "已批准。"));
        Assert.Equal("已批准。", empty.Find("[data-testid=m]").TextContent.Trim());
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

    private IRenderedComponent<RewardTable> RenderTable(Guid rewardId, StaffActor actor, List<(string Text, bool IsError)>? messages = null)
    {
        var rows = desk.Workflow.ListAsync(actor, RewardStatus.Proposed).GetAwaiter().GetResult().Where(r => r.Id == rewardId).ToList();
        Assert.Single(rows);
        return Render<RewardTable>(parameters => parameters
            .Add(p => p.Rows, rows).Add(p => p.Actor, actor).Add(p => p.Stage, RewardTable.Stages.Proposed)
            .Add(p => p.OnMessage, (message) => messages?.Add(message)));
    }
}
