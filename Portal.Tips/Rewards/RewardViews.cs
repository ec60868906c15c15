namespace Portal.Tips.Rewards;

/// <summary>A reward as staff lists show it: ids, states, level and amount, who and when; nothing decrypted.</summary>
public sealed record RewardSummary(
    Guid Id,
    Guid TipId,
    string TipReference,
    string JurisdictionKey,
    RewardStatus Status,
    string? LevelCode,
    int? AmountYuan,
    DateTimeOffset CreatedAt,
    string? ProposedBy,
    DateTimeOffset? ProposedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    RewardPayoutMethod Method,
    string? OfficeKey,
    DateTimeOffset? ChosenAt,
    string? PaidBy,
    DateTimeOffset? PaidAt,
    bool HasLegacyClaimant)
{
    public bool IsActive => Status != RewardStatus.Rejected;
}

/// <summary>A tip's rewards (newest first) and whether a new proposal could be made on it.</summary>
public sealed record TipRewards(Guid TipId, bool Substantiated, string TipReference, Guid? PrimaryTipId, string? PrimaryReference, IReadOnlyList<RewardSummary> Rewards)
{
    public RewardSummary? Active => Rewards.FirstOrDefault(r => r.IsActive);

    public bool CanPropose => Substantiated && PrimaryTipId is null && Active is not { Status: not RewardStatus.Requested };
}

/// <summary>The texts staff wrote about a reward, decrypted on request (audited).</summary>
public sealed record RewardNotes(string? Justification, string? DecisionReason, string? PayoutReference);

public enum ReporterRewardState
{
    /// <summary>The reporter asked on the earlier claim form and the police have not decided yet.</summary>
    Requested,

    /// <summary>Approved: choose a claim code or a bank transfer.</summary>
    Available,

    ClaimCodeIssued,

    BankDetailsGiven,

    Paid,
}

/// <summary>What the reporter sees on the follow-up page. A proposal not yet approved is not shown.</summary>
public sealed record ReporterReward(
    ReporterRewardState State,
    int? AmountYuan,
    RewardLevel? Level,
    IReadOnlyList<RewardOffice> Offices,
    RewardOffice? ChosenOffice,
    RewardPayoutMethod Method,
    DateTimeOffset? PaidAt);

/// <summary>A claim code just issued: shown once, with where to take it.</summary>
public sealed record IssuedClaimCode(string Code, RewardOffice Office)
{
    public string Grouped => ClaimCode.Grouped(Code);
}
