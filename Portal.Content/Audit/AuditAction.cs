namespace Portal.Content.Audit;

public enum AuditAction
{
    Created,
    Edited,
    Restored,
    Submitted,
    ChangesRequested,
    Approved,
    Published,
    Unpublished,
    Archived,
    Deleted,
    PublishScheduled,
    UnpublishScheduled,
    ScheduleCancelled,
    ScheduledActionFailed,
    VariantLinked,
    DepartmentCreated,
    GrantAdded,
    GrantRevoked,
}
