using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Tips.Rewards;

namespace Portal.Tests.Rewards;

/// <summary>Proposal, four-eyes approval, once per tip, duplicates and the audit, on each database provider.</summary>
[IntegrationTest]
public abstract class RewardWorkflowTests
{
    private const string Chengguan = "620102";
    private const string Lanzhou = "620100";
    private const string Baiyin = "620402";

    protected abstract PortalFactory Portal { get; }

    private RewardHarness Harness => new(Portal.Services);

    private RewardWorkflow Workflow => Harness.Workflow;

    private TipAuditLog Audit => Portal.Services.GetRequiredService<TipAuditLog>();

    [Fact]
    public async Task A_reward_is_proposed_only_on_a_tip_closed_as_substantiated()
    {
        var officer = await Harness.OfficerAsync(Chengguan);
        var open = await Harness.TipAsync(Chengguan);
        var unsubstantiated = await Harness.TipAsync(Chengguan);
        var substantiated = await Harness.TipAsync(Chengguan);
        Assert.Null((await Harness.Cases.CloseAsync(officer, unsubstantiated, CaseOutcome.Unsubstantiated, null)).Error);
        await Harness.CloseSubstantiatedAsync(officer, substantiated);

        Assert.Equal("reward-not-substantiated", (await Workflow.ProposeAsync(officer, open, "verified", "理由")).Error);
        Assert.Equal("reward-not-substantiated", (await Workflow.ProposeAsync(officer, unsubstantiated, "verified", "理由")).Error);
        Assert.Equal("reward-unknown-level", (await Workflow.ProposeAsync(officer, substantiated, "jackpot", "理由")).Error);
        Assert.Equal("reward-justification-required", (await Workflow.ProposeAsync(officer, substantiated, "verified", "  ")).Error);
        Assert.Null((await Workflow.ProposeAsync(officer, substantiated, "rescue", "协助解救两名被拐儿童。")).Error);

        var state = await Workflow.OfTipAsync(officer, substantiated);
        var reward = Assert.Single(state.Rewards);
        Assert.Equal((RewardStatus.Proposed, "rescue", (int?)5_000, officer.UserId), (reward.Status, reward.LevelCode, reward.AmountYuan, reward.ProposedBy));
        Assert.False(state.CanPropose);
        Assert.Empty((await Workflow.OfTipAsync(officer, open)).Rewards);
        Assert.Null(await Workflow.AvailableAsync(substantiated));
        Assert.Equal("协助解救两名被拐儿童。", (await Workflow.NotesAsync(officer, reward.Id)).Justification);
        Assert.DoesNotContain("协助解救", Encoding.UTF8.GetString((await Harness.StoredAsync(reward.Id)).EncryptedJustification!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_is_refused_and_the_primary_tips_reporter_is_rewarded()
    {
        var officer = await Harness.OfficerAsync(Lanzhou);
        var supervisor = await Harness.SupervisorAsync(Lanzhou);
        var primary = await Harness.TipAsync(Chengguan);
        var duplicate = await Harness.TipAsync(Chengguan);
        Assert.Null((await Harness.Cases.MarkDuplicateAsync(officer, duplicate, primary)).Error);
        await Harness.CloseSubstantiatedAsync(officer, primary);

        Assert.Equal("reward-duplicate-use-primary", (await Workflow.ProposeAsync(officer, duplicate, "verified", "重复举报")).Error);
        Assert.False((await Workflow.OfTipAsync(officer, duplicate)).CanPropose);
        Assert.Equal(primary, (await Workflow.OfTipAsync(officer, duplicate)).PrimaryTipId);
        Assert.Null((await Workflow.ProposeAsync(officer, primary, "verified", "最早举报，线索属实。")).Error);
        Assert.Null((await Workflow.ApproveAsync(supervisor, (await Workflow.OfTipAsync(officer, primary)).Active!.Id)).Error);

        Assert.Equal(ReporterRewardState.Available, (await Workflow.AvailableAsync(primary))!.State);
        Assert.Null(await Workflow.AvailableAsync(duplicate));
        Assert.Equal("reward-not-available", (await Workflow.ChooseClaimCodeAsync(duplicate, RewardOptions.DefaultOffice)).Error);
    }

    [Fact]
    public async Task Four_eyes_the_proposer_cannot_approve_an_officer_cannot_decide_another_supervisor_approves()
    {
        var officer = await Harness.OfficerAsync(Chengguan);
        var proposingSupervisor = await Harness.SupervisorAsync(Chengguan);
        var secondSupervisor = await Harness.SupervisorAsync(Lanzhou);
        var tipId = await Harness.TipAsync(Chengguan);
        var rewardId = await Harness.ProposedAsync(tipId, proposingSupervisor);

        Assert.Equal("reward-own-proposal", (await Workflow.ApproveAsync(proposingSupervisor, rewardId)).Error);
        Assert.Equal("reward-own-proposal", (await Workflow.RejectAsync(proposingSupervisor, rewardId, "自己驳回")).Error);
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Workflow.ApproveAsync(officer, rewardId));
        Assert.Equal(RewardStatus.Proposed, (await Harness.StoredAsync(rewardId)).Status);

        Assert.Null((await Workflow.ApproveAsync(secondSupervisor, rewardId)).Error);
        Assert.Equal("reward-not-proposed", (await Workflow.ApproveAsync(secondSupervisor, rewardId)).Error);
        var stored = await Harness.StoredAsync(rewardId);
        Assert.Equal((RewardStatus.Approved, secondSupervisor.UserId), (stored.Status, stored.DecidedBy));
        var entries = await Audit.OfTipAsync(tipId);
        Assert.Contains(entries, e => e.Action == TipAuditActions.RewardPropose && e.ActorId == proposingSupervisor.UserId);
        Assert.Contains(entries, e => e.Action == TipAuditActions.RewardApprove && e.ActorId == secondSupervisor.UserId && e.Detail == $"reward={rewardId:N}; level=verified");
    }

    [Fact]
    public async Task A_supervisor_or_officer_outside_the_tips_jurisdiction_is_refused()
    {
        var officer = await Harness.OfficerAsync(Chengguan);
        var baiyinOfficer = await Harness.OfficerAsync(Baiyin);
        var baiyinSupervisor = await Harness.SupervisorAsync(Baiyin);
        var tipId = await Harness.TipAsync(Chengguan);
        await Harness.CloseSubstantiatedAsync(officer, tipId);

        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Workflow.ProposeAsync(baiyinOfficer, tipId, "verified", "越权"));
        Assert.Null((await Workflow.ProposeAsync(officer, tipId, "verified", "线索属实")).Error);
        var rewardId = (await Workflow.OfTipAsync(officer, tipId)).Active!.Id;

        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Workflow.ApproveAsync(baiyinSupervisor, rewardId));
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Workflow.RejectAsync(baiyinSupervisor, rewardId, "越权"));
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Workflow.NotesAsync(baiyinSupervisor, rewardId));
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Workflow.OfTipAsync(baiyinSupervisor, tipId));
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Workflow.ApproveAsync(baiyinSupervisor, Guid.NewGuid()));
        Assert.DoesNotContain(await Workflow.ListAsync(baiyinSupervisor, RewardStatus.Proposed), r => r.Id == rewardId);
        Assert.Contains(await Workflow.ListAsync(officer, RewardStatus.Proposed), r => r.Id == rewardId);
        Assert.Equal(RewardStatus.Proposed, (await Harness.StoredAsync(rewardId)).Status);
    }

    [Fact]
    public async Task A_tip_has_one_active_reward_a_rejection_frees_it_and_the_database_enforces_it()
    {
        var officer = await Harness.OfficerAsync(Chengguan);
        var colleague = await Harness.OfficerAsync(Chengguan);
        var supervisor = await Harness.SupervisorAsync(Chengguan);
        var tipId = await Harness.TipAsync(Chengguan);
        var first = await Harness.ProposedAsync(tipId, officer);

        Assert.Equal("reward-exists", (await Workflow.ProposeAsync(colleague, tipId, "major-case", "再提一次")).Error);
        Assert.Equal("reward-reason-required", (await Workflow.RejectAsync(supervisor, first, " ")).Error);
        Assert.Null((await Workflow.RejectAsync(supervisor, first, "证据不足以认定线索起关键作用。")).Error);
        Assert.Equal("证据不足以认定线索起关键作用。", (await Workflow.NotesAsync(officer, first)).DecisionReason);
        Assert.True((await Workflow.OfTipAsync(officer, tipId)).CanPropose);

        Assert.Null((await Workflow.ProposeAsync(colleague, tipId, "verified", "补充证据后重新提议。")).Error);
        var second = (await Workflow.OfTipAsync(officer, tipId)).Active!.Id;
        Assert.NotEqual(first, second);
        Assert.Null((await Workflow.ApproveAsync(supervisor, second)).Error);
        Assert.Equal("reward-exists", (await Workflow.ProposeAsync(officer, tipId, "verified", "第三次")).Error);

        // Not only the service's check: the unique index refuses a second active row written past it.
        await using var context = await Portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        context.Add(new Reward { Id = Guid.NewGuid(), TipId = tipId, Status = RewardStatus.Proposed, LevelCode = "verified", AmountYuan = 1, CreatedAt = DateTimeOffset.UnixEpoch });
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task Officers_proposing_at_once_make_one_proposal()
    {
        var officers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Harness.OfficerAsync(Chengguan)));
        var tipId = await Harness.TipAsync(Chengguan);
        await Harness.CloseSubstantiatedAsync(officers[0], tipId);

        var results = await Task.WhenAll(officers.Select(officer => Task.Run(() => Workflow.ProposeAsync(officer, tipId, "verified", "同时提议"))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("reward-exists", r.Error));
        Assert.Single((await Workflow.OfTipAsync(officers[0], tipId)).Rewards);
        Assert.Single(await Audit.OfTipAsync(tipId), e => e.Action == TipAuditActions.RewardPropose);
    }

    [Fact]
    public async Task Every_step_is_audited_with_ids_and_levels_only()
    {
        var officer = await Harness.OfficerAsync(Chengguan);
        var supervisor = await Harness.SupervisorAsync(Chengguan);
        var tipId = await Harness.TipAsync(Chengguan);
        var rewardId = await Harness.ApprovedAsync(tipId, officer, supervisor, "major-case");
        Assert.Null((await Workflow.ChooseBankAsync(tipId, "王小明", "中国工商银行兰州分行", "6222 0212 3456 7890 123", consent: true)).Error);
        Assert.NotNull(await Workflow.BankDetailsAsync(supervisor, rewardId));
        Assert.Null((await Workflow.RecordPayoutAsync(supervisor, rewardId, "HX20261130001")).Error);

        var entries = (await Audit.OfTipAsync(tipId)).Where(e => e.Detail?.Contains($"reward={rewardId:N}", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(
            [
                (officer.UserId, TipAuditActions.RewardPropose),
                (supervisor.UserId, TipAuditActions.RewardApprove),
                (RewardWorkflow.ReporterActor, TipAuditActions.RewardChoose),
                (supervisor.UserId, TipAuditActions.Decrypt),
                (supervisor.UserId, TipAuditActions.RewardPay),
            ],
            entries.Select(e => (e.ActorId, e.Action)));
        foreach (var secret in new[] { "20000", "20,000", "王小明", "工商银行", "6222", "HX2026" })
        {
            Assert.All(entries, e => Assert.DoesNotContain(secret, e.Detail!.Replace($"{rewardId:N}", "", StringComparison.Ordinal), StringComparison.Ordinal));
        }

        Assert.True((await Audit.VerifyAsync()).Intact);
    }
}

public sealed class SqliteRewardWorkflowTests(PortalFactory portal) : RewardWorkflowTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresRewardWorkflowTests(PostgresPortalFixture fixture) : RewardWorkflowTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
