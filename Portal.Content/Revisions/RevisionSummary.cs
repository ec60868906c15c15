using Portal.Content.Workflow;

namespace Portal.Content.Revisions;

/// <summary>One version in an item's history list.</summary>
public sealed record RevisionSummary(
    Guid VersionId, int Number, string Title, VersionState State, string AuthorId, DateTimeOffset CreatedAt, string? ChangeNote, Guid? RestoredFromVersionId, bool IsLive, bool IsLatest);
