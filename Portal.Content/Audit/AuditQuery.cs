namespace Portal.Content.Audit;

/// <summary>Filters for the audit view; every filter is optional and they combine with AND. Times are UTC, To is exclusive.</summary>
public sealed record AuditQuery
{
    public string? ActorId { get; init; }

    public Guid? ItemId { get; init; }

    public Guid? DepartmentId { get; init; }

    /// <summary>Events of one media asset or media folder.</summary>
    public Guid? AssetId { get; init; }

    public IReadOnlyCollection<AuditAction>? Actions { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public int PageNumber { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}
