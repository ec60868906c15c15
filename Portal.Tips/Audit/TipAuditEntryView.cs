namespace Portal.Tips.Audit;

/// <summary>An entry of a tip's audit trail as supervisors read it: who did what, when (the chain's hashes stay inside).</summary>
public sealed record TipAuditEntryView(long Sequence, DateTimeOffset At, string ActorId, string Action, Guid? TipId, string? Detail)
{
    internal static TipAuditEntryView Of(TipAuditEntry entry) => new(entry.Sequence, entry.At, entry.ActorId, entry.Action, entry.TipId, entry.Detail);
}
