using Portal.Content.Common;
using Portal.Content.Items;

namespace Portal.Content.Workflow;

/// <summary>The result of a workflow step.</summary>
public sealed record Transition(Guid ItemId, Guid VersionId, VersionState From, VersionState To, DateTimeOffset At);

internal static class Transitions
{
    public static ReviewAction Action(ContentItem item, ContentVersion version, VersionState to, ContentActor actor, string? comment, DateTimeOffset at) =>
        Action(item, version.Id, version.State, to, actor, comment, at);

    public static ReviewAction Action(ContentItem item, Guid versionId, VersionState from, VersionState to, ContentActor actor, string? comment, DateTimeOffset at) => new()
    {
        ItemId = item.Id,
        VersionId = versionId,
        FromState = from,
        ToState = to,
        ActorId = actor.UserId,
        DepartmentId = item.OwnerDepartmentId,
        Comment = Clean(comment),
        At = at,
    };

    public static string? Clean(string? comment) =>
        string.IsNullOrWhiteSpace(comment) ? null : comment.Trim() is var text && text.Length > 2000 ? text[..2000] : comment.Trim();
}
