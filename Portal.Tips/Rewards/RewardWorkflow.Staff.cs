using Microsoft.EntityFrameworkCore;
using Portal.Tips.Audit;
using Portal.Tips.Reporting;
using Portal.Tips.Police;

namespace Portal.Tips.Rewards;

/// <summary>What staff read: lists scoped to their jurisdictions in the database, and decrypted texts on request (audited).</summary>
public sealed partial class RewardWorkflow
{
    /// <summary>
    /// Rewards in one state within the actor's jurisdictions: those waiting for someone oldest first (the longest
    /// waiting on top), paid and rejected ones newest first.
    /// </summary>
    public async Task<IReadOnlyList<RewardSummary>> ListAsync(StaffActor actor, RewardStatus status, int take = 200, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(actor, cancellationToken);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = from reward in context.Set<Reward>().AsNoTracking()
                   join tip in context.Set<Tip>() on reward.TipId equals tip.Id
                   where reward.Status == status
                   select new { reward, tip.Reference, tip.JurisdictionKey };
        if (scope is not null)
        {
            var keys = scope.ToList();
            rows = rows.Where(row => keys.Contains(row.JurisdictionKey));
        }

        var ordered = status is RewardStatus.Paid or RewardStatus.Rejected
            ? rows.OrderByDescending(row => row.reward.CreatedAt)
            : rows.OrderBy(row => row.reward.CreatedAt);
        var found = await ordered.Take(Math.Clamp(take, 1, 1000)).ToListAsync(cancellationToken);
        return found.ConvertAll(row => Summarize(row.reward, row.Reference, row.JurisdictionKey));
    }

    /// <summary>One tip's rewards for the tip page, newest first, and whether one may be proposed.</summary>
    public async Task<TipRewards> OfTipAsync(StaffActor actor, Guid tipId, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(actor, cancellationToken);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var tip = await context.Set<Tip>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == tipId, cancellationToken);
        if (tip is null || (scope is not null && !scope.Contains(tip.JurisdictionKey)))
        {
            throw new TipAccessDeniedException();
        }

        var primaryReference = tip.PrimaryTipId is { } primaryId
            ? await context.Set<Tip>().Where(t => t.Id == primaryId).Select(t => t.Reference).SingleOrDefaultAsync(cancellationToken)
            : null;
        var rewards = await context.Set<Reward>().AsNoTracking().Where(r => r.TipId == tipId).OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        return new TipRewards(
            tipId, tip is { Status: TipStatus.Closed, Outcome: CaseOutcome.Substantiated }, tip.Reference, tip.PrimaryTipId, primaryReference,
            rewards.ConvertAll(r => Summarize(r, tip.Reference, tip.JurisdictionKey)));
    }

    /// <summary>The justification, the decision's reason and the payout reference, decrypted; audited.</summary>
    public Task<RewardNotes> NotesAsync(StaffActor actor, Guid rewardId, CancellationToken cancellationToken = default) =>
        RevealAsync(actor, rewardId, "reward justification, decision reason, payout reference", (reward, tip) => new RewardNotes(
            reward.EncryptedJustification is { } j ? Unseal<string>(tip, RewardFields.Justification(reward.Id), j) : null,
            reward.EncryptedDecisionReason is { } d ? Unseal<string>(tip, RewardFields.DecisionReason(reward.Id), d) : null,
            reward.EncryptedPayoutReference is { } p ? Unseal<string>(tip, RewardFields.PayoutReference(reward.Id), p) : null),
            cancellationToken);

    /// <summary>Where to send a transfer; null unless the reporter chose one. Supervisors only (they pay). Audited.</summary>
    public Task<BankDetails?> BankDetailsAsync(StaffActor actor, Guid rewardId, CancellationToken cancellationToken = default)
    {
        RequirePayer(actor);
        return RevealAsync(actor, rewardId, "reward bank details", (reward, tip) =>
            reward.EncryptedBankDetails is { } stored ? Unseal<BankDetails>(tip, RewardFields.BankDetails(reward.Id), stored) : null,
            cancellationToken);
    }

    /// <summary>The name and phone a reporter left with a request before the workflow existed. Audited.</summary>
    public Task<LegacyClaimant?> LegacyClaimantAsync(StaffActor actor, Guid rewardId, CancellationToken cancellationToken = default) =>
        RevealAsync(actor, rewardId, "reward claimant (request from the earlier claim form)", (reward, tip) =>
            reward.EncryptedLegacyClaimant is { } stored ? Unseal<LegacyClaimant>(tip, RewardFields.LegacyClaimant(reward.Id), stored) : null,
            cancellationToken);

    private async Task<T> RevealAsync<T>(StaffActor actor, Guid rewardId, string what, Func<Reward, Tip, T> open, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(actor, cancellationToken);
        return await audit.WriteAsync(async context =>
        {
            var (reward, tip) = await LoadCoveredRewardAsync(context, scope, rewardId, cancellationToken);
            return (open(reward, tip), (IReadOnlyList<AuditRecord>)[new AuditRecord(actor.UserId, TipAuditActions.Decrypt, tip.Id, $"reward={reward.Id:N}; {what}")]);
        }, cancellationToken);
    }

    private async Task<RewardSummary?> SummaryAsync(Guid rewardId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await (from reward in context.Set<Reward>().AsNoTracking()
                         join tip in context.Set<Tip>() on reward.TipId equals tip.Id
                         where reward.Id == rewardId
                         select new { reward, tip.Reference, tip.JurisdictionKey }).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : Summarize(row.reward, row.Reference, row.JurisdictionKey);
    }

    private static RewardSummary Summarize(Reward r, string tipReference, string jurisdictionKey) => new(
        r.Id, r.TipId, tipReference, jurisdictionKey, r.Status, r.LevelCode, r.AmountYuan, r.CreatedAt, r.ProposedBy, r.ProposedAt, r.DecidedBy, r.DecidedAt,
        r.Method, r.OfficeKey, r.ChosenAt, r.PaidBy, r.PaidAt, r.EncryptedLegacyClaimant is not null);
}
