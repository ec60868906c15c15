using Portal.Tips.Rewards;

namespace Portal.Tips.Retention;

/// <summary>
/// Why a closed tip whose period has passed is kept for now. Two things hold it:
/// it is the primary of duplicates that still exist (they point at it, and for duplicates the primary's
/// reporter is the one rewarded), and it is a substantiated tip — the only kind that is rewarded — with a
/// reward that is not settled (the reporter is still owed a decision or a payment). A claim on a tip closed
/// with any other outcome will never be paid and holds nothing. Once the duplicates are purged and the reward is
/// paid or rejected, the tip's own period applies, counted from its closing as always.
/// </summary>
internal static class RetentionHolds
{
    /// <summary>Reward states in which the reporter is still owed a decision or a payment: the tip is not purged.</summary>
    public static readonly IReadOnlyList<RewardStatus> UnsettledRewards = [RewardStatus.Requested, RewardStatus.Proposed, RewardStatus.Approved];

    /// <summary>Reward states that are final (paid, rejected): they no longer hold the tip.</summary>
    public static readonly IReadOnlyList<RewardStatus> SettledRewards = [RewardStatus.Rejected, RewardStatus.Paid];
}
