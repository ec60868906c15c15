namespace Portal.Content.Workflow;

/// <summary>One workflow transition of a version: who, when, from which state to which, and their comment. Append-only.</summary>
internal sealed class ReviewAction
{
    /// <summary>Increasing in the order actions were written (several can share a time).</summary>
    public long Id { get; set; }

    public Guid ItemId { get; set; }

    public Guid VersionId { get; set; }

    public VersionState FromState { get; set; }

    public VersionState ToState { get; set; }

    public string ActorId { get; set; } = "";

    /// <summary>The item's owner department at the time (the department whose grant allowed it).</summary>
    public Guid DepartmentId { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset At { get; set; }
}
