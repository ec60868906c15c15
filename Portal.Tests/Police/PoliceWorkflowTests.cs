using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Police;

namespace Portal.Tests.Police;

/// <summary>Routing, jurisdiction scoping, triage and duplicates, on each database provider.</summary>
[IntegrationTest]
public abstract class PoliceWorkflowTests
{
    private const string Chengguan = "620102";
    private const string Lanzhou = "620100";
    private const string Baiyin = "620402";

    // Used by one test only, so the shared database's other tips do not show in its queue.
    private const string Jingyuan = "620421";

    protected abstract PortalFactory Portal { get; }

    private PoliceHarness Harness => new(Portal);

    private async Task<Tip> StoredAsync(Guid tipId)
    {
        await using var context = await Portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        return await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId);
    }

    [Fact]
    public async Task A_tip_routes_to_its_county_its_prefecture_or_the_provincial_queue()
    {
        Assert.Equal(Chengguan, (await StoredAsync(await Harness.TipAsync(Chengguan))).JurisdictionKey);
        Assert.Equal(Lanzhou, (await StoredAsync(await Harness.TipAsync(Lanzhou))).JurisdictionKey);
        Assert.Equal(Jurisdictions.Province, (await StoredAsync(await Harness.TipAsync(TipSubmission.OutsideGansu))).JurisdictionKey);
        Assert.Equal(Jurisdictions.Province, (await StoredAsync(await Harness.TipAsync(null))).JurisdictionKey);
    }

    [Fact]
    public async Task An_officer_sees_and_opens_only_tips_their_jurisdictions_cover()
    {
        var chengguanTip = await Harness.TipAsync(Chengguan, narrative: "城关区线索");
        var baiyinTip = await Harness.TipAsync(Baiyin, narrative: "白银区线索");
        var provincialTip = await Harness.TipAsync(TipSubmission.OutsideGansu);
        var countyOfficer = await Harness.OfficerAsync(Chengguan);
        var prefectureOfficer = await Harness.OfficerAsync(Lanzhou);
        var corps = await Harness.OfficerAsync(Jurisdictions.Province);
        var nobody = await Harness.OfficerAsync();

        Assert.Equal("城关区线索", (await Harness.Cases.OpenAsync(countyOfficer, chengguanTip)).Report.WhatHappened);
        Assert.Equal("城关区线索", (await Harness.Cases.OpenAsync(prefectureOfficer, chengguanTip)).Report.WhatHappened);
        Assert.Equal("白银区线索", (await Harness.Cases.OpenAsync(corps, baiyinTip)).Report.WhatHappened);
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Harness.Cases.OpenAsync(countyOfficer, baiyinTip));
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Harness.Cases.OpenAsync(prefectureOfficer, provincialTip));
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Harness.Cases.OpenAsync(nobody, chengguanTip));
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Harness.Cases.OpenAsync(countyOfficer, Guid.NewGuid()));
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Harness.Cases.AddNoteAsync(countyOfficer, baiyinTip, "越权"));
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Harness.Cases.OpenAsync(new StaffActor("editor", false, false), chengguanTip));

        var countyQueue = await Harness.Queue.PageAsync(countyOfficer, new TipQueueQuery { PageSize = 100 });
        Assert.Contains(countyQueue.Rows, r => r.Id == chengguanTip);
        Assert.All(countyQueue.Rows, r => Assert.Equal(Chengguan, r.JurisdictionKey));
        // Asking for another jurisdiction does not widen the scope.
        var asked = await Harness.Queue.PageAsync(countyOfficer, new TipQueueQuery { JurisdictionKey = Baiyin });
        Assert.Empty(asked.Rows);
        Assert.Empty((await Harness.Queue.PageAsync(nobody, new TipQueueQuery())).Rows);
        var provincial = await Harness.Queue.PageAsync(corps, new TipQueueQuery { PageSize = 100 });
        Assert.Contains(provincial.Rows, r => r.Id == provincialTip);
        Assert.Contains(provincial.Rows, r => r.Id == baiyinTip);
    }

    [Fact]
    public async Task The_queue_filters_sorts_and_pages_in_the_database()
    {
        var officer = await Harness.OfficerAsync(Jingyuan);
        var p1 = await Harness.TipAsync(Jingyuan, TipCategory.ChildAbduction, happeningNow: true);
        var p3 = await Harness.TipAsync(Jingyuan, TipCategory.ForcedLabour);
        var p4 = await Harness.TipAsync(Jingyuan, TipCategory.Other);
        var p2 = await Harness.TipAsync(Jingyuan, TipCategory.TraffickingOfWomen, happeningNow: true);

        var byPriority = await Harness.Queue.PageAsync(officer, new TipQueueQuery { PageSize = 2 });
        Assert.Equal(4, byPriority.Total);
        Assert.Equal([p1, p2], byPriority.Rows.Select(r => r.Id));
        var secondPage = await Harness.Queue.PageAsync(officer, new TipQueueQuery { PageSize = 2, Page = 1 });
        Assert.Equal([p3, p4], secondPage.Rows.Select(r => r.Id));
        var newestFirst = await Harness.Queue.PageAsync(officer, new TipQueueQuery { Sort = TipQueueSort.Age, Descending = true });
        Assert.Equal([p2, p4, p3, p1], newestFirst.Rows.Select(r => r.Id));
        var onlyUrgent = await Harness.Queue.PageAsync(officer, new TipQueueQuery { Priorities = [TipPriority.P1, TipPriority.P2] });
        Assert.Equal([p1, p2], onlyUrgent.Rows.Select(r => r.Id));
        var onlyOther = await Harness.Queue.PageAsync(officer, new TipQueueQuery { Categories = [TipCategory.Other] });
        Assert.Equal([p4], onlyOther.Rows.Select(r => r.Id));
        Assert.Equal(4, (await Harness.Queue.PageAsync(officer, new TipQueueQuery { ProofOfWorkPassed = false })).Total);
        Assert.Equal(0, (await Harness.Queue.PageAsync(officer, new TipQueueQuery { Sources = [TipSource.Volunteer] })).Total);

        await Harness.Cases.OpenAsync(officer, p3);
        var unread = await Harness.Queue.PageAsync(officer, new TipQueueQuery { UnreadOnly = true });
        Assert.DoesNotContain(unread.Rows, r => r.Id == p3);
        Assert.Equal(3, unread.Total);
        var row = byPriority.Rows[0];
        Assert.Equal(row.ReceivedAt + TimeSpan.FromMinutes(15), row.AcknowledgeBy);
    }

    [Fact]
    public async Task A_tip_is_triaged_assigned_investigated_and_closed_and_the_reporter_sees_status_and_message_but_no_note()
    {
        var officer = await Harness.OfficerAsync(Chengguan);
        var colleague = await Harness.OfficerAsync(Lanzhou);
        var outsider = await Harness.OfficerAsync(Baiyin);
        var tipId = await Harness.TipAsync(Chengguan);

        Assert.Equal("assign-first", (await Harness.Cases.StartInvestigationAsync(officer, tipId)).Error);
        Assert.Null((await Harness.Cases.AcknowledgeAsync(officer, tipId)).Error);
        Assert.Equal(TipStatus.Triaged, (await StoredAsync(tipId)).Status);
        Assert.Equal("officer-outside-jurisdiction", (await Harness.Cases.AssignAsync(officer, tipId, outsider.UserId)).Error);
        Assert.Null((await Harness.Cases.AssignAsync(officer, tipId, colleague.UserId)).Error);
        Assert.Equal((TipStatus.Assigned, colleague.UserId), ((await StoredAsync(tipId)).Status, (await StoredAsync(tipId)).AssignedTo));
        Assert.Null((await Harness.Cases.StartInvestigationAsync(colleague, tipId)).Error);
        Assert.Equal("reason-required", (await Harness.Cases.ChangePriorityAsync(colleague, tipId, TipPriority.P2, "  ")).Error);
        Assert.Null((await Harness.Cases.ChangePriorityAsync(colleague, tipId, TipPriority.P2, "涉及未成年人")).Error);
        Assert.Null((await Harness.Cases.AddNoteAsync(colleague, tipId, "内部备注：已联系车站派出所")).Error);
        Assert.Null((await Harness.Cases.SendMessageAsync(colleague, tipId, "请问您还记得车牌号吗？")).Error);
        Assert.Equal("required", (await Harness.Cases.SendMessageAsync(colleague, tipId, "")).Error);
        Assert.Equal("unknown-outcome", (await Harness.Cases.CloseAsync(colleague, tipId, CaseOutcome.Duplicate, null)).Error);
        Assert.Null((await Harness.Cases.CloseAsync(colleague, tipId, CaseOutcome.Substantiated, "线索属实，已立案侦查。感谢您的举报。")).Error);
        Assert.Equal("closed", (await Harness.Cases.AssignAsync(colleague, tipId, officer.UserId)).Error);

        var view = await Harness.Cases.OpenAsync(colleague, tipId);
        Assert.Equal((TipStatus.Closed, CaseOutcome.Substantiated, TipPriority.P2), (view.Status, view.Outcome, view.Priority));
        Assert.Contains(view.Notes, n => n.Body == "内部备注：已联系车站派出所");
        Assert.Contains(view.Notes, n => n.Body == "涉及未成年人");
        var reporterView = await Harness.FollowUp.ViewAsync(tipId);
        Assert.Equal(PublicTipStatus.Closed, reporterView!.Status);
        Assert.Equal("线索属实，已立案侦查。感谢您的举报。", reporterView.PoliceStatusMessage);
        Assert.Contains(reporterView.Messages, m => m.Body == "请问您还记得车牌号吗？" && m.Direction == MessageDirection.FromPolice);
        Assert.DoesNotContain(reporterView.Messages, m => m.Body.Contains("内部备注", StringComparison.Ordinal));

        var actions = (await Harness.Audit.OfTipAsync(tipId)).Select(e => (e.ActorId, e.Action, e.Detail)).ToList();
        Assert.Contains((officer.UserId, TipAuditActions.Acknowledge, "priority=P3"), actions);
        Assert.Contains((officer.UserId, TipAuditActions.StatusChange, "New->Triaged"), actions);
        Assert.Contains((officer.UserId, TipAuditActions.Assign, $"to={colleague.UserId}"), actions);
        Assert.Contains(actions, a => a.Action == TipAuditActions.PriorityChange && a.Detail!.StartsWith("P3->P2", StringComparison.Ordinal));
        Assert.Contains((colleague.UserId, TipAuditActions.StatusChange, "Investigating->Closed; outcome=Substantiated"), actions);
        Assert.Contains((colleague.UserId, TipAuditActions.Decrypt, "report, contact, messages, notes, attachment names"), actions);
        Assert.DoesNotContain(actions, a => a.Detail?.Contains("车站", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_transfer_needs_a_reason_and_hands_the_tip_to_the_other_jurisdiction_as_new()
    {
        var chengguan = await Harness.OfficerAsync(Chengguan);
        var baiyin = await Harness.OfficerAsync(Baiyin);
        var tipId = await Harness.TipAsync(Chengguan);
        await Harness.Cases.AssignAsync(chengguan, tipId, chengguan.UserId);

        Assert.Equal("reason-required", (await Harness.Cases.TransferAsync(chengguan, tipId, Baiyin, null)).Error);
        Assert.Equal("unknown-jurisdiction", (await Harness.Cases.TransferAsync(chengguan, tipId, "999999", "地点有误")).Error);
        Assert.Null((await Harness.Cases.TransferAsync(chengguan, tipId, Baiyin, "案发地在白银区")).Error);

        var moved = await StoredAsync(tipId);
        Assert.Equal((Baiyin, TipStatus.New, (string?)null, true), (moved.JurisdictionKey, moved.Status, moved.AssignedTo, moved.UnreadByPolice));
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Harness.Cases.OpenAsync(chengguan, tipId));
        Assert.Contains(await Harness.Cases.OpenAsync(baiyin, tipId) is { } view ? view.Notes : [], n => n.Body == "案发地在白银区");
    }

    [Fact]
    public async Task Duplicates_form_a_cluster_whose_earliest_tip_is_the_primary()
    {
        var officer = await Harness.OfficerAsync(Lanzhou);
        var first = await Harness.TipAsync(Chengguan);
        var second = await Harness.TipAsync(Chengguan);
        var third = await Harness.TipAsync(Lanzhou);
        var elsewhere = await Harness.TipAsync(Baiyin);

        Assert.Null((await Harness.Cases.MarkDuplicateAsync(officer, third, second)).Error);
        Assert.Equal(second, (await StoredAsync(third)).PrimaryTipId);
        Assert.Null((await Harness.Cases.MarkDuplicateAsync(officer, second, first)).Error);

        Assert.Null((await StoredAsync(first)).PrimaryTipId);
        Assert.Equal(first, (await StoredAsync(second)).PrimaryTipId);
        Assert.Equal(first, (await StoredAsync(third)).PrimaryTipId);
        Assert.Equal((TipStatus.Closed, CaseOutcome.Duplicate), ((await StoredAsync(third)).Status, (await StoredAsync(third)).Outcome));
        Assert.Equal(TipStatus.Closed, (await StoredAsync(second)).Status);
        Assert.NotEqual(TipStatus.Closed, (await StoredAsync(first)).Status);
        Assert.Equal([second, third], (await Harness.Cases.OpenAsync(officer, first)).Duplicates.Select(d => d.Id));
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Harness.Cases.MarkDuplicateAsync(officer, first, elsewhere));
    }

    [Fact]
    public async Task Joining_duplicates_is_refused_when_the_cluster_holds_a_tip_outside_the_officers_scope()
    {
        var provincial = await Harness.SupervisorAsync(Jurisdictions.Province);
        var officer = await Harness.OfficerAsync(Chengguan);
        var primaryElsewhere = await Harness.TipAsync(Baiyin);
        var local = await Harness.TipAsync(Chengguan);
        var another = await Harness.TipAsync(Chengguan);
        Assert.Null((await Harness.Cases.MarkDuplicateAsync(provincial, local, primaryElsewhere)).Error);

        var refused = await Harness.Cases.MarkDuplicateAsync(officer, another, local);

        Assert.Equal("duplicate-outside-jurisdiction", refused.Error);
        Assert.Null((await StoredAsync(another)).PrimaryTipId);
        Assert.Equal(TipStatus.Closed, (await StoredAsync(local)).Status);
        Assert.NotEqual(TipStatus.Closed, (await StoredAsync(primaryElsewhere)).Status);
    }
}

public sealed class SqlitePoliceWorkflowTests(PortalFactory portal) : PoliceWorkflowTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresPoliceWorkflowTests(PostgresPortalFixture fixture) : PoliceWorkflowTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
