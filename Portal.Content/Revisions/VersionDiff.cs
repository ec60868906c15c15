namespace Portal.Content.Revisions;

public enum SegmentKind
{
    Same,
    Added,
    Removed,
}

/// <summary>A run of text that is in both versions, only in the newer, or only in the older.</summary>
public sealed record TextSegment(SegmentKind Kind, string Text);

public enum ChangeKind
{
    Unchanged,
    Added,
    Removed,
    Changed,
    Moved,
}

/// <summary>A changed field of the version (title, summary, slug, terms, the type's fields, SEO), with a text diff.</summary>
public sealed record FieldDiff(string Field, string? Old, string? New, IReadOnlyList<TextSegment> Text);

/// <summary>
/// One block in the comparison, matched by block id: unchanged, added, removed, moved (same content, other place) or
/// changed (with a diff of its text).
/// </summary>
public sealed record BlockDiff(ChangeKind Kind, Guid BlockId, string BlockType, int? OldIndex, int? NewIndex, IReadOnlyList<TextSegment> Text);

/// <summary>What differs between two versions of an item (From is null when comparing with nothing, e.g. no live version yet).</summary>
public sealed record VersionDiff(Guid? FromVersionId, int? FromNumber, Guid ToVersionId, int ToNumber, IReadOnlyList<FieldDiff> Fields, IReadOnlyList<BlockDiff> Blocks)
{
    public bool HasChanges => Fields.Count > 0 || Blocks.Any(b => b.Kind != ChangeKind.Unchanged);
}
