namespace Portal.Tips.Rewards;

/// <summary>Where a reward stands. Only <see cref="Rejected"/> frees the tip for another proposal.</summary>
public enum RewardStatus
{
    /// <summary>A reporter asked for a reward on the earlier claim form, before proposals existed; an officer decides whether to propose one.</summary>
    Requested,

    /// <summary>An officer proposed a level from the schedule; a supervisor who is not the proposer decides.</summary>
    Proposed,

    /// <summary>Approved: the reporter may choose how to receive it.</summary>
    Approved,

    Rejected,

    /// <summary>Paid out, once: at an office against a claim code, or by bank transfer.</summary>
    Paid,
}

public enum RewardPayoutMethod
{
    None,

    /// <summary>A one-time code redeemed in person at the named office, where identity is checked.</summary>
    ClaimCode,

    BankTransfer,
}

/// <summary>
/// A reward for a tip (第三十二条, 举报奖励制度). At most one reward that is not rejected exists per tip (a unique
/// index), so a tip is paid at most once; a duplicate's reward is proposed on its primary tip. Everything a person
/// wrote — the justification, the decision's reason, bank details, the payout reference — is encrypted under the
/// tip's data key; the claim code is stored only as a keyed hash.
/// </summary>
public sealed class Reward
{
    public Guid Id { get; set; }

    public Guid TipId { get; set; }

    public RewardStatus Status { get; set; }

    /// <summary>The schedule level's code; null for a request not yet proposed.</summary>
    public string? LevelCode { get; set; }

    /// <summary>Whole yuan, fixed when proposed (a later schedule change does not alter it).</summary>
    public int? AmountYuan { get; set; }

    /// <summary>When the row was created: the reporter's request, or the proposal.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    public string? ProposedBy { get; set; }

    public DateTimeOffset? ProposedAt { get; set; }

    public byte[]? EncryptedJustification { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Why it was rejected (or a note on the approval).</summary>
    public byte[]? EncryptedDecisionReason { get; set; }

    public RewardPayoutMethod Method { get; set; }

    public DateTimeOffset? ChosenAt { get; set; }

    /// <summary>The office named with the claim code (a key of <c>Tips:Rewards:Offices</c>).</summary>
    public string? OfficeKey { get; set; }

    /// <summary>Keyed hash of the claim code; the code itself is shown once and never stored.</summary>
    public byte[]? ClaimCodeHash { get; set; }

    /// <summary>The encrypted <see cref="BankDetails"/>.</summary>
    public byte[]? EncryptedBankDetails { get; set; }

    public string? PaidBy { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    public byte[]? EncryptedPayoutReference { get; set; }

    /// <summary>The name and phone a reporter left with a request on the earlier claim form (<see cref="LegacyClaimant"/>), encrypted.</summary>
    public byte[]? EncryptedLegacyClaimant { get; set; }

    /// <summary>
    /// Raised by every change and checked by every update, so of two requests changing the same reward at once
    /// (two redemptions, a redemption and a new code) exactly one succeeds.
    /// </summary>
    public int Version { get; set; }
}

/// <summary>Where to transfer the reward. The account number is digits only.</summary>
public sealed record BankDetails(string AccountName, string Bank, string AccountNumber);

/// <summary>What a reporter left when asking for a reward before the workflow existed.</summary>
public sealed record LegacyClaimant(string Name, string Phone);

/// <summary>Field names (associated data) of a reward's encrypted values.</summary>
internal static class RewardFields
{
    public static string Justification(Guid rewardId) => $"reward-justification/{rewardId:N}";

    public static string DecisionReason(Guid rewardId) => $"reward-decision/{rewardId:N}";

    public static string BankDetails(Guid rewardId) => $"reward-bank/{rewardId:N}";

    public static string PayoutReference(Guid rewardId) => $"reward-payout-reference/{rewardId:N}";

    /// <summary>As the earlier claim form sealed it, so rows carried over still open.</summary>
    public static string LegacyClaimant(Guid rewardId) => $"reward-claimant/{rewardId:N}";
}
