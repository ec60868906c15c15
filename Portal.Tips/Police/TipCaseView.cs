using Portal.Tips.Reporting;

namespace Portal.Tips.Police;

public sealed record CaseMessage(Guid Id, MessageDirection Direction, string Body, DateTimeOffset SentAt);

public sealed record CaseNote(Guid Id, string AuthorId, string Body, DateTimeOffset WrittenAt);

public sealed record CaseAttachment(Guid Id, string Name, string Kind, string ContentType, long Length, bool HasViewingCopy, bool WaitingForStore)
{
    /// <summary>A photo that could not be given a viewing copy keeps its metadata: only supervisors open it, as an original.</summary>
    public bool IsOriginalOnly => !HasViewingCopy && IsImage(ContentType);

    internal static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Another tip named on a tip's page: its id for the link, its reference for people.</summary>
public sealed record TipLink(Guid Id, string Reference);

/// <summary>A tip as an officer works it: decrypted, with its conversation, internal notes and files.</summary>
public sealed record TipCaseView(
    Guid Id,
    string Reference,
    string Category,
    TipPriority Priority,
    TipStatus Status,
    CaseOutcome? Outcome,
    string JurisdictionKey,
    TipSource Source,
    bool ProofOfWorkPassed,
    bool Urgent,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? EscalatedAt,
    DateTimeOffset? ClosedAt,
    string? AssignedTo,
    TipLink? Primary,
    IReadOnlyList<TipLink> Duplicates,
    TipReport Report,
    ReporterContact? Contact,
    string? StatusMessage,
    IReadOnlyList<CaseMessage> Messages,
    IReadOnlyList<CaseNote> Notes,
    IReadOnlyList<CaseAttachment> Attachments)
{
    /// <summary>A named reporter whose identity is sealed apart (<see cref="Contact"/> is then null): only a disclosure opens it.</summary>
    public bool IdentitySealed { get; init; }
}
