namespace Portal.Content.Audit;

/// <summary>
/// One thing someone did in the CMS. Append-only: <see cref="Data.ContentDbContext"/> refuses to save a change to or
/// the deletion of an existing row, and no service has an update path.
/// </summary>
internal sealed class AuditEvent
{
    /// <summary>Increasing in the order events were written (several can share a time).</summary>
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Identity user id, or <c>system:scheduler</c>.</summary>
    public string ActorId { get; set; } = "";

    public AuditAction Action { get; set; }

    public Guid? ItemId { get; set; }

    public Guid? VersionId { get; set; }

    /// <summary>The media asset or media folder the event concerns.</summary>
    public Guid? AssetId { get; set; }

    /// <summary>The department the event concerns (the item's owner, or the department of a grant).</summary>
    public Guid? DepartmentId { get; set; }

    /// <summary>Short machine-readable detail, e.g. <c>v3 InReview→Approved</c> or the granted role and user.</summary>
    public string Summary { get; set; } = "";

    /// <summary>The person's comment, when the action had one.</summary>
    public string? Comment { get; set; }
}
