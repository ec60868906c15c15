namespace Portal.Content.Audit;

/// <summary>One row of the audit trail as the audit view shows it (see <see cref="AuditEvent"/> for what each field holds).</summary>
public sealed record AuditEventView(
    long Id,
    DateTimeOffset At,
    string ActorId,
    AuditAction Action,
    Guid? ItemId,
    Guid? VersionId,
    Guid? AssetId,
    Guid? DepartmentId,
    string Summary,
    string? Comment)
{
    internal static AuditEventView Of(AuditEvent entry) =>
        new(entry.Id, entry.At, entry.ActorId, entry.Action, entry.ItemId, entry.VersionId, entry.AssetId, entry.DepartmentId, entry.Summary, entry.Comment);
}
