namespace Portal.Tips.Volunteers.Notifications;

/// <summary>
/// An outcome e-mail waiting to be sent: written in the same transaction as the decision, so a decision is never
/// made without its mail and a mail server that is down delays the message but never loses it. The text is composed
/// when it is sent, from the volunteer's record as it is then (an erased volunteer gets nothing).
/// </summary>
internal sealed class OutcomeMail
{
    public long Id { get; set; }

    public Guid VolunteerId { get; set; }

    public OutcomeMailKind Kind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>A node that took the mail holds it until then; another node may take it after (a crashed sender).</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Set when the mail was dropped instead of sent (the volunteer was erased or has no address any more).</summary>
    public bool Dropped { get; set; }
}

internal enum OutcomeMailKind
{
    Accepted,
    Rejected,
}
