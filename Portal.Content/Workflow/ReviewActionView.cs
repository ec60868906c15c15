namespace Portal.Content.Workflow;

/// <summary>One workflow step of an item's history as the editor shows it: who moved which version from which state to which, when, and why.</summary>
public sealed record ReviewActionView(
    long Id, Guid ItemId, Guid VersionId, VersionState FromState, VersionState ToState, string ActorId, Guid DepartmentId, string? Comment, DateTimeOffset At)
{
    internal static ReviewActionView Of(ReviewAction action) => new(
        action.Id, action.ItemId, action.VersionId, action.FromState, action.ToState, action.ActorId, action.DepartmentId, action.Comment, action.At);
}
