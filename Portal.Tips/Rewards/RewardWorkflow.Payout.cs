using Microsoft.EntityFrameworkCore;
using Portal.Tips.Audit;
using Portal.Tips.Police;

namespace Portal.Tips.Rewards;

/// <summary>
/// Paying out: at the office against a claim code, or recording a bank transfer. Exactly once per reward, never by
/// the officer who proposed it, and bank transfers only by supervisors (the role that pays and sees bank details).
/// </summary>
public sealed partial class RewardWorkflow
{
    /// <summary>Refused codes an officer may enter per hour before redemption pauses for them.</summary>
    public const int MaxRefusedCodesPerHour = 10;

    public const int MaxReferenceLength = 100;

    /// <summary>
    /// An officer at the office redeems a claim code after checking the bearer's identity card. The reward
    /// becomes paid in the same conditional update that checks it is still approved and unchanged, so two
    /// redemptions of one code (or a redemption racing a new code) pay once. The officer learns the amount and level
    /// and nothing else: the person at the counter is the reporter, and which tip they sent is none of the counter's business.
    /// </summary>
    public async Task<Outcome<RedeemedReward>> RedeemCodeAsync(StaffActor actor, string? typedCode, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeAsync(actor, cancellationToken);
        if (ClaimCode.Normalize(typedCode) is not { } code)
        {
            return Outcome<RedeemedReward>.Fail("reward-code-invalid");
        }

        var since = time.GetUtcNow().AddHours(-1);
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var refused = await context.Set<TipAuditEntry>().CountAsync(
                e => e.ActorId == actor.UserId && e.Action == TipAuditActions.RewardCodeRefused && e.At >= since, cancellationToken);
            if (refused >= MaxRefusedCodesPerHour)
            {
                return Outcome<RedeemedReward>.Fail("reward-code-throttled");
            }
        }

        var hash = ClaimCode.Hash(keys, code);
        var paid = await ChangeAsync<(string? Error, RedeemedReward? Reward)>(async context =>
        {
            var reward = await context.Set<Reward>().SingleOrDefaultAsync(r => r.ClaimCodeHash == hash, cancellationToken);
            if (reward is null)
            {
                return (("reward-code-unknown", null), [new AuditRecord(actor.UserId, TipAuditActions.RewardCodeRefused, null, "unknown code")]);
            }

            var jurisdiction = await context.Set<Reporting.Tip>().Where(t => t.Id == reward.TipId).Select(t => t.JurisdictionKey).SingleAsync(cancellationToken);
            if (scope is not null && !scope.Contains(jurisdiction))
            {
                return (("reward-code-outside-jurisdiction", null),
                    [new AuditRecord(actor.UserId, TipAuditActions.RewardCodeRefused, reward.TipId, $"reward={reward.Id:N}; outside jurisdiction")]);
            }

            if (reward.Status == RewardStatus.Paid)
            {
                return (("reward-already-paid", null),
                    [new AuditRecord(actor.UserId, TipAuditActions.RewardCodeRefused, reward.TipId, $"reward={reward.Id:N}; already paid")]);
            }

            if (reward is not { Status: RewardStatus.Approved, Method: RewardPayoutMethod.ClaimCode })
            {
                return (("reward-code-unknown", null), [new AuditRecord(actor.UserId, TipAuditActions.RewardCodeRefused, reward.TipId, $"reward={reward.Id:N}; not payable")]);
            }

            if (reward.ProposedBy == actor.UserId)
            {
                return (("reward-payer-is-proposer", null),
                    [new AuditRecord(actor.UserId, TipAuditActions.RewardCodeRefused, reward.TipId, $"reward={reward.Id:N}; own proposal")]);
            }

            reward.Status = RewardStatus.Paid;
            reward.PaidBy = actor.UserId;
            reward.PaidAt = time.GetUtcNow();
            return ((null, new RedeemedReward(reward.LevelCode ?? "", reward.AmountYuan)),
                [new AuditRecord(actor.UserId, TipAuditActions.RewardPay, reward.TipId, $"reward={reward.Id:N}; method=claim-code; office={reward.OfficeKey}")]);
        }, cancellationToken);
        return paid.Error is { } error
            ? Outcome<RedeemedReward>.Fail(error)
            : Outcome.Of(paid.Reward!);
    }

    /// <summary>A supervisor records that the bank transfer was made, with the bank's reference (encrypted). Once.</summary>
    public Task<Outcome> RecordPayoutAsync(StaffActor actor, Guid rewardId, string? reference, CancellationToken cancellationToken = default)
    {
        RequirePayer(actor);
        return StaffChangeAsync(actor, async (context, scope) =>
        {
            var (reward, tip) = await LoadCoveredRewardAsync(context, scope, rewardId, cancellationToken);
            if (reward.ProposedBy == actor.UserId)
            {
                return Refused("reward-payer-is-proposer");
            }

            if (reward.Status == RewardStatus.Paid)
            {
                return Refused("reward-already-paid");
            }

            if (reward.Status != RewardStatus.Approved)
            {
                return Refused("reward-not-approved");
            }

            if (reward.Method != RewardPayoutMethod.BankTransfer)
            {
                return Refused("reward-not-bank");
            }

            var (text, error) = CleanText(reference, "reward-reference", MaxReferenceLength);
            if (error is not null)
            {
                return Refused(error);
            }

            reward.Status = RewardStatus.Paid;
            reward.PaidBy = actor.UserId;
            reward.PaidAt = time.GetUtcNow();
            reward.EncryptedPayoutReference = Seal(tip, RewardFields.PayoutReference(reward.Id), text!);
            return Done(new AuditRecord(actor.UserId, TipAuditActions.RewardPay, tip.Id, $"reward={reward.Id:N}; method=bank"));
        }, cancellationToken);
    }

    /// <summary>Bank transfers are paid, and bank details read, by supervisors only.</summary>
    private static void RequirePayer(StaffActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSupervisor)
        {
            throw new TipAccessDeniedException("Bank transfers and bank details need the supervisor right.");
        }
    }
}

/// <summary>All the redeeming officer learns of a reward: its level and amount.</summary>
public sealed record RedeemedReward(string LevelCode, int? AmountYuan);
