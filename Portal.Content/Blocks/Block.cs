using System.Text.Json.Serialization;
using Portal.Content.Common;

namespace Portal.Content.Blocks;

/// <summary>
/// A typed piece of a version's body. Stored as JSON with a <c>type</c> discriminator; the set of block types is
/// closed (the members that check and clean a block are internal). <see cref="Id"/> stays the same across versions,
/// which is what the block-level diff matches on.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(RichTextBlock), BlockTypes.RichText)]
[JsonDerivedType(typeof(HeadingBlock), BlockTypes.Heading)]
[JsonDerivedType(typeof(ImageBlock), BlockTypes.Image)]
[JsonDerivedType(typeof(VideoBlock), BlockTypes.Video)]
[JsonDerivedType(typeof(AudioBlock), BlockTypes.Audio)]
[JsonDerivedType(typeof(DownloadListBlock), BlockTypes.DownloadList)]
[JsonDerivedType(typeof(CalloutBlock), BlockTypes.Callout)]
[JsonDerivedType(typeof(StepsBlock), BlockTypes.Steps)]
[JsonDerivedType(typeof(QuoteBlock), BlockTypes.Quote)]
[JsonDerivedType(typeof(FaqListBlock), BlockTypes.FaqList)]
[JsonDerivedType(typeof(ContentReferenceBlock), BlockTypes.ContentReference)]
[JsonDerivedType(typeof(ReportTipBlock), BlockTypes.ReportTip)]
[JsonDerivedType(typeof(ColumnsBlock), BlockTypes.Columns)]
public abstract record Block
{
    public Guid Id { get; init; }

    /// <summary>The JSON discriminator of this block's type (<see cref="BlockTypes"/>).</summary>
    [JsonIgnore]
    public string BlockType => BlockTypes.Of(GetType());

    /// <summary>The block's words for search, the diff and the plain-text extract of a version.</summary>
    public abstract IEnumerable<string> PlainText();

    /// <summary>Media assets the block shows or offers (for the media usage index).</summary>
    public virtual IEnumerable<Guid> MediaAssetIds() => [];

    /// <summary>The assets this block itself names (not those of blocks inside it), with the kinds each place takes.</summary>
    internal virtual IEnumerable<Media.MediaReference> MediaReferences() => [];

    /// <summary>Content items the block links to.</summary>
    public virtual IEnumerable<Guid> ItemReferences() => [];

    /// <summary>This block and, for a group block, the blocks inside it, each with its path.</summary>
    public virtual IEnumerable<(Block Block, string Path)> SelfAndDescendants(string path)
    {
        yield return (this, path);
    }

    /// <summary>Checks and cleans the block: trims text, sanitises HTML, records problems at <paramref name="path"/>.</summary>
    internal abstract Block Normalize(BlockValidation validation, string path);

    /// <summary>What keeps this block from being published (alt text, captions, transcripts).</summary>
    internal virtual IEnumerable<ContentProblem> AccessibilityProblems(string path) => [];

    protected ContentProblem ProblemAt(string code, string path, string? field = null) =>
        new(code) { BlockId = Id, BlockPath = path, BlockType = BlockType, Field = field };
}
