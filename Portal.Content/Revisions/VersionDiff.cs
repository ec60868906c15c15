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

    /// <summary>A list of entries (print files, a pack's files, a lesson's activities): see <see cref="FieldDiff.OldEntries"/>.</summary>
    Entries,

    /// <summary>Content items by id, comma-separated, in order (a curriculum's lessons).</summary>
    Items,
}

/// <summary>
/// One value of an entry in a list field (a print file's paper size, its file): named by its JSON property and read by
/// <paramref name="Kind"/> like a field (never <see cref="FieldValueKind.Entries"/> or <see cref="FieldValueKind.Items"/>).
/// </summary>
public sealed record EntryPart(string Name, FieldValueKind Kind, string Value, string? ChoiceOf = null);

/// <summary>One entry of a list field, as its parts in the order the editor shows them.</summary>
public sealed record DiffEntry(IReadOnlyList<EntryPart> Parts)
{
    /// <summary>Two entries with the same parts are the same entry: kept, not removed and added again.</summary>
    public string Key => string.Join("\u001f", Parts.Select(p => p.Name + "=" + p.Value));
}

/// <summary>
/// A changed field of the version (title, summary, slug, terms, each of the type's fields as <c>fields.name</c>, SEO).
/// <paramref name="Kind"/> says how to read <paramref name="Old"/> and <paramref name="New"/>; text has a diff.
/// </summary>
public sealed record FieldDiff(string Field, string? Old, string? New, IReadOnlyList<TextSegment> Text, FieldValueKind Kind = FieldValueKind.Text)
{
    /// <summary>For a <see cref="FieldValueKind.Choice"/>, the name of the enumeration its values belong to.</summary>
    public string? ChoiceOf { get; init; }

    /// <summary>For <see cref="FieldValueKind.Entries"/>, the older list's entries.</summary>
    public IReadOnlyList<DiffEntry> OldEntries { get; init; } = [];

    /// <summary>For <see cref="FieldValueKind.Entries"/>, the newer list's entries.</summary>
    public IReadOnlyList<DiffEntry> NewEntries { get; init; } = [];
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
