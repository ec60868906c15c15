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

/// <summary>What a field's old and new values are, so that a page can show them as people read them.</summary>
public enum FieldValueKind
{
    /// <summary>Text, with a diff of it.</summary>
    Text,

    /// <summary><c>true</c> or <c>false</c> (null when the field was absent).</summary>
    YesNo,

    /// <summary>The id of a file in the media library.</summary>
    Media,

    /// <summary>A member of the enumeration named by <see cref="FieldDiff.ChoiceOf"/> (e.g. <c>MissingPerson</c> of <c>AlertKind</c>).</summary>
    Choice,

    /// <summary>A moment, ISO 8601 with its offset.</summary>
    Time,

    /// <summary>Terms as <c>Vocabulary:key</c>, comma-separated.</summary>
    Terms,
}

/// <summary>
/// A changed field of the version (title, summary, slug, terms, each of the type's fields as <c>fields.name</c>, SEO).
/// <paramref name="Kind"/> says how to read <paramref name="Old"/> and <paramref name="New"/>; text has a diff.
/// </summary>
public sealed record FieldDiff(string Field, string? Old, string? New, IReadOnlyList<TextSegment> Text, FieldValueKind Kind = FieldValueKind.Text)
{
    /// <summary>For a <see cref="FieldValueKind.Choice"/>, the name of the enumeration its values belong to.</summary>
    public string? ChoiceOf { get; init; }
}

/// <summary>
/// One block in the comparison, matched by block id: unchanged, added, removed, moved (same content, other place) or
/// changed (with a diff of its text).
/// </summary>
public sealed record BlockDiff(ChangeKind Kind, Guid BlockId, string BlockType, int? OldIndex, int? NewIndex, IReadOnlyList<TextSegment> Text)
{
    /// <summary>The media files the older version of the block shows (none for an added block).</summary>
    public IReadOnlyList<Guid> OldMedia { get; init; } = [];

    /// <summary>The media files the newer version of the block shows (none for a removed block).</summary>
    public IReadOnlyList<Guid> NewMedia { get; init; } = [];
}

/// <summary>What differs between two versions of an item (From is null when comparing with nothing, e.g. no live version yet).</summary>
public sealed record VersionDiff(Guid? FromVersionId, int? FromNumber, Guid ToVersionId, int ToNumber, IReadOnlyList<FieldDiff> Fields, IReadOnlyList<BlockDiff> Blocks)
{
    public bool HasChanges => Fields.Count > 0 || Blocks.Any(b => b.Kind != ChangeKind.Unchanged);
}
