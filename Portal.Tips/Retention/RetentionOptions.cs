using Portal.Tips.Police;

namespace Portal.Tips.Retention;

/// <summary>
/// Section <c>Tips:Retention</c>: how long a closed tip is kept, by its outcome, counted from when it was closed.
/// The defaults are placeholders until the police set them from their own records rules; the report form tells
/// reporters whatever is configured here.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Tips:Retention";

    public TimeSpan Spam { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan Unsubstantiated { get; set; } = TimeSpan.FromDays(365);

    public TimeSpan Duplicate { get; set; } = TimeSpan.FromDays(365);

    public TimeSpan ReferredElsewhere { get; set; } = TimeSpan.FromDays(730);

    public TimeSpan Substantiated { get; set; } = TimeSpan.FromDays(1825);

    /// <summary>
    /// A tip the police never closed is purged this long after anything last happened to it (its last change), so
    /// no tip is kept for ever by being forgotten. Counted from the last activity, so a case still worked on stays.
    /// </summary>
    public TimeSpan NeverClosed { get; set; } = TimeSpan.FromDays(1825);

    /// <summary>
    /// Receipt sign-in records (keyed hash, success, minute) are kept this long: long enough to throttle and to
    /// look into abuse, no longer. Those of a purged tip go with it at once.
    /// </summary>
    public TimeSpan SignInAttempts { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often each node looks for tips whose period has passed.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Tips looked at per batch; a round goes on batch after batch while full batches come back.</summary>
    public int BatchSize { get; set; } = 100;

    public TimeSpan PeriodOf(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Spam => Spam,
        CaseOutcome.Unsubstantiated => Unsubstantiated,
        CaseOutcome.Duplicate => Duplicate,
        CaseOutcome.ReferredElsewhere => ReferredElsewhere,
        CaseOutcome.Substantiated => Substantiated,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Every outcome needs a retention period."),
    };
}
