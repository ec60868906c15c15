using Portal.Tips.Police;

namespace Portal.Tips.Police;

/// <summary>
/// A file of the tip with the SHA-256 of its decrypted original, so the case system can check later that the
/// evidence it received is the evidence the reporter sent. <see cref="Problem"/> says why there is no hash.
/// </summary>
public sealed record CaseFileAttachment(CaseAttachment File, string? Sha256, CaseFileProblem? Problem);

public enum CaseFileProblem
{
    /// <summary>The encrypted file is in neither the blob store nor the outbox.</summary>
    Missing,

    /// <summary>The stored bytes do not decrypt: they were altered or cut short.</summary>
    Altered,
}

/// <summary>One step of the tip's history as the audit trail recorded it.</summary>
public sealed record CaseFileEvent(long Sequence, DateTimeOffset At, string ActorId, string Action, string? Detail);

/// <summary>Everything the printable case file shows: the decrypted tip, its files with hashes, its history.</summary>
public sealed record TipCaseFile(
    TipCaseView Case,
    IReadOnlyList<CaseFileAttachment> Attachments,
    IReadOnlyList<CaseFileEvent> History,
    string ExportedBy,
    DateTimeOffset ExportedAt);
