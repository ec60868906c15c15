using Portal.Tips.Reporting;

namespace Portal.Web.Police;

public enum SlaState
{
    /// <summary>Acknowledged (the clock stopped) or closed.</summary>
    Met,

    /// <summary>Waiting, still within its time.</summary>
    Due,

    /// <summary>Waiting past its acknowledge-by time.</summary>
    Overdue,
}

/// <summary>Where a tip stands against its acknowledge-by time.</summary>
public sealed record SlaStatus(SlaState State, DateTimeOffset AcknowledgeBy, TimeSpan Remaining)
{
    public static SlaStatus Of(TipStatus status, DateTimeOffset? acknowledgedAt, DateTimeOffset acknowledgeBy, DateTimeOffset now)
    {
        if (acknowledgedAt is not null || status == TipStatus.Closed)
        {
            return new(SlaState.Met, acknowledgeBy, TimeSpan.Zero);
        }

        var remaining = acknowledgeBy - now;
        return new(remaining > TimeSpan.Zero ? SlaState.Due : SlaState.Overdue, acknowledgeBy, remaining.Duration());
    }
}
