namespace Portal.Content.Workflow;

/// <summary>
/// Where a version is in the workflow: Draft → InReview → ChangesRequested / Approved → Published → Unpublished or
/// Archived. A working version replaced by a newer save, or a live version replaced by a newer publish, is Superseded.
/// </summary>
public enum VersionState
{
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Published,
    Unpublished,
    Archived,
    Superseded,
}
