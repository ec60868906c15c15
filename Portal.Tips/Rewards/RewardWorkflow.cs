using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Police;
using Portal.Tips.Protection;

namespace Portal.Tips.Rewards;

/// <summary>
/// The reward workflow (第三十二条): an officer covering a substantiated tip proposes a level from the schedule
/// with a justification; a supervisor covering it who is not the proposer approves or rejects; the reporter,
/// signed in with the receipt, chooses a claim code or a bank transfer; staff record the payout, exactly once.
/// Every step checks the actor's jurisdiction here, not in a page, and is written to the hash-chained audit in
/// the same transaction (ids and level codes only). Methods return null when done, else an error code.
/// </summary>
public sealed partial class RewardWorkflow(
    TipsContexts contexts,
    TipKeyring keyring,
    OfficerGrants grants,
    TipAuditLog audit,
    RewardSchedule schedule,
    IKeyEncryptionKeyProvider keys,
    TimeProvider time)
{
    public const int MaxTextLength = 2_000;

    /// <summary>The audit's actor for what a reporter does with the receipt.</summary>
    public const string ReporterActor = "reporter";

    public Task<Outcome> ProposeAsync(StaffActor actor, Guid tipId, string? levelCode, string? justification, CancellationToken cancellationToken = default) =>
        StaffChangeAsync(actor, async (context, scope) =>
        {
            var tip = await LoadCoveredTipAsync(context, scope, tipId, cancellationToken);
            if (tip.PrimaryTipId is not null)
            {
                return Refused("reward-duplicate-use-primary");
            }

            if (tip is not { Status: TipStatus.Closed, Outcome: CaseOutcome.Substantiated })
            {
                return Refused("reward-not-substantiated");
            }

            if (schedule.Level(levelCode) is not { } level)
            {
                return Refused("reward-unknown-level");
            }

            var (text, error) = CleanText(justification, "reward-justification");
            if (error is not null)
            {
                return Refused(error);
            }

            var active = await context.Set<Reward>().SingleOrDefaultAsync(r => r.TipId == tipId && r.Status != RewardStatus.Rejected, cancellationToken);
            if (active is not null && active.Status != RewardStatus.Requested)
            {
                return Refused("reward-exists");
            }

            var now = time.GetUtcNow();
            // A reporter's earlier request becomes the proposal (it keeps its id, so its sealed contact still opens).
            var reward = active ?? new Reward { Id = Guid.CreateVersion7(now), TipId = tipId, CreatedAt = now };
            reward.Status = RewardStatus.Proposed;
            reward.LevelCode = level.Code;
            reward.AmountYuan = level.AmountYuan;
            reward.ProposedBy = actor.UserId;
            reward.ProposedAt = now;
            reward.EncryptedJustification = Seal(tip, RewardFields.Justification(reward.Id), text!);
            if (active is null)
            {
                context.Add(reward);
            }

            return Done(new AuditRecord(actor.UserId, TipAuditActions.RewardPropose, tipId, $"reward={reward.Id:N}; level={level.Code}"));
        }, cancellationToken);

    /// <summary>Four eyes: a supervisor covering the tip who did not propose the reward.</summary>
    public Task<Outcome> ApproveAsync(StaffActor actor, Guid rewardId, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, rewardId, approve: true, reason: null, cancellationToken);

    /// <summary>Four eyes, with a reason; the tip may then get another proposal.</summary>
    public Task<Outcome> RejectAsync(StaffActor actor, Guid rewardId, string? reason, CancellationToken cancellationToken = default) =>
        DecideAsync(actor, rewardId, approve: false, reason, cancellationToken);

    private Task<Outcome> DecideAsync(StaffActor actor, Guid rewardId, bool approve, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSupervisor)
        {
            throw new TipAccessDeniedException("Deciding on a reward needs the supervisor right.");
        }

        return StaffChangeAsync(actor, async (context, scope) =>
        {
            var (reward, tip) = await LoadCoveredRewardAsync(context, scope, rewardId, cancellationToken);
            if (reward.Status != RewardStatus.Proposed)
            {
                return Refused("reward-not-proposed");
            }

            if (reward.ProposedBy == actor.UserId)
            {
                return Refused("reward-own-proposal");
            }

            string? text = null;
            if (!approve)
            {
                var (cleaned, error) = CleanText(reason, "reward-reason");
                if (error is not null)
                {
                    return Refused(error);
                }

                text = cleaned;
            }
            else if (tip.PrimaryTipId is not null || tip is not { Status: TipStatus.Closed, Outcome: CaseOutcome.Substantiated })
            {
                // The tip was reopened or linked as a duplicate since the proposal.
                return Refused(tip.PrimaryTipId is null ? "reward-not-substantiated" : "reward-duplicate-use-primary");
            }

            reward.Status = approve ? RewardStatus.Approved : RewardStatus.Rejected;
            reward.DecidedBy = actor.UserId;
            reward.DecidedAt = time.GetUtcNow();
            reward.EncryptedDecisionReason = text is null ? null : Seal(tip, RewardFields.DecisionReason(reward.Id), text);
            return Done(new AuditRecord(
                actor.UserId, approve ? TipAuditActions.RewardApprove : TipAuditActions.RewardReject, tip.Id, $"reward={reward.Id:N}; level={reward.LevelCode}"));
        }, cancellationToken);
    }

    private static (string? Error, IReadOnlyList<AuditRecord> Records) Refused(string error) => (error, []);

    private static (string? Error, IReadOnlyList<AuditRecord> Records) Done(params AuditRecord[] records) => (null, records);

    /// <summary>
    /// Runs a staff change in one audited transaction. A change that lost a race for the same row (the status
    /// concurrency token or the one-active-reward index) runs again on the state the winner left, and then
    /// answers with the matching error code instead of failing.
    /// </summary>
    private async Task<Outcome> StaffChangeAsync(
        StaffActor actor,
        Func<TipsDbContext, IReadOnlySet<string>?, Task<(string? Error, IReadOnlyList<AuditRecord> Records)>> change,
        CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(actor, cancellationToken);
        return Outcome.FromError(await ChangeAsync(context => change(context, scope), cancellationToken));
    }

    private async Task<T> ChangeAsync<T>(Func<TipsDbContext, Task<(T Result, IReadOnlyList<AuditRecord> Records)>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await audit.WriteAsync<T>(async context =>
                {
                    var (result, records) = await change(context);
                    if (records.Count == 0)
                    {
                        // Nothing is saved for a refused change.
                        context.ChangeTracker.Clear();
                    }

                    foreach (var changed in context.ChangeTracker.Entries<Reward>().Where(e => e.State == EntityState.Modified))
                    {
                        changed.Entity.Version++;
                    }

                    return (result, records);
                }, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another request changed the same reward first; the next run sees what it did.
            }
        }
    }

    private async Task<IReadOnlySet<string>?> ScopeAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.WorksTips)
        {
            throw new TipAccessDeniedException();
        }

        return await grants.ScopeOfAsync(actor, cancellationToken);
    }

    private static async Task<Tip> LoadCoveredTipAsync(TipsDbContext context, IReadOnlySet<string>? scope, Guid tipId, CancellationToken cancellationToken)
    {
        var tip = await context.Set<Tip>().SingleOrDefaultAsync(t => t.Id == tipId, cancellationToken);
        return tip is null || (scope is not null && !scope.Contains(tip.JurisdictionKey)) ? throw new TipAccessDeniedException() : tip;
    }

    /// <summary>The reward and its tip; an unknown reward is refused like a tip outside the actor's jurisdictions.</summary>
    private static async Task<(Reward Reward, Tip Tip)> LoadCoveredRewardAsync(TipsDbContext context, IReadOnlySet<string>? scope, Guid rewardId, CancellationToken cancellationToken)
    {
        var reward = await context.Set<Reward>().SingleOrDefaultAsync(r => r.Id == rewardId, cancellationToken) ?? throw new TipAccessDeniedException();
        return (reward, await LoadCoveredTipAsync(context, scope, reward.TipId, cancellationToken));
    }

    private byte[] Seal<T>(Tip tip, string field, T value)
    {
        var dataKey = keyring.Open(tip);
        try
        {
            return TipKeyring.Seal(dataKey, tip.Id, field, value);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private T Unseal<T>(Tip tip, string field, byte[] stored)
    {
        var dataKey = keyring.Open(tip);
        try
        {
            return TipKeyring.Unseal<T>(dataKey, tip.Id, field, stored);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Cleaned text, or an error code <c>{prefix}-required</c> / <c>{prefix}-too-long</c>.</summary>
    private static (string? Text, string? Error) CleanText(string? text, string prefix, int maxLength = MaxTextLength)
    {
        var (cleaned, _) = TipTextRules.Clean(text);
        if (cleaned is null)
        {
            return (null, prefix + "-required");
        }

        return TipTextRules.VisibleLength(cleaned) > maxLength ? (null, prefix + "-too-long") : (cleaned, null);
    }
}
