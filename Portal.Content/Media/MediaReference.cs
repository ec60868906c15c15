using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Types;

namespace Portal.Content.Media;

/// <summary>
/// The kinds of file each place of a block or field takes; the publish checks and the manager's picker both use them.
/// An empty list takes any kind.
/// </summary>
public static class MediaPlaces
{
    public static readonly IReadOnlyList<MediaKind> Image = [MediaKind.Image];
    public static readonly IReadOnlyList<MediaKind> Video = [MediaKind.Video];
    public static readonly IReadOnlyList<MediaKind> Captions = [MediaKind.Captions];
    public static readonly IReadOnlyList<MediaKind> Audio = [MediaKind.Audio];
    public static readonly IReadOnlyList<MediaKind> Document = [MediaKind.Document];
    public static readonly IReadOnlyList<MediaKind> Archive = [MediaKind.Archive];

    /// <summary>Print files are PDFs, or images printed as they are.</summary>
    public static readonly IReadOnlyList<MediaKind> PrintFile = [MediaKind.Document, MediaKind.Image];

    /// <summary>A download may be a file of any kind.</summary>
    public static readonly IReadOnlyList<MediaKind> Any = [];
}

/// <summary>An asset named by a block or a type's field, with the kinds it may be (<see cref="MediaPlaces"/>).</summary>
internal sealed record MediaReference(string Field, Guid AssetId, IReadOnlyList<MediaKind> Kinds)
{
    public static IEnumerable<MediaReference> Optional(string field, Guid? assetId, IReadOnlyList<MediaKind> kinds) =>
        assetId is { } id && id != Guid.Empty ? [new MediaReference(field, id, kinds)] : [];
}

/// <summary>
/// Whether every asset a version names is in the library and of the kind its place needs (an image block an image,
/// captions a WebVTT file). A save gets warnings (a restored version whose file was deleted still becomes a draft,
/// and nothing the editor typed is lost); publishing gets errors.
/// </summary>
internal static class MediaReferenceChecks
{
    public static async Task<List<ContentProblem>> CheckAsync(
        ContentDbContext context, IReadOnlyList<Block> blocks, ContentFields? fields, Guid? seoImageAssetId, ProblemSeverity severity, CancellationToken cancellationToken)
    {
        var fromBlocks = blocks
            .SelectMany((b, i) => b.SelfAndDescendants($"blocks[{i}]"))
            .SelectMany(x => x.Block.MediaReferences().Select(reference => (x.Block, x.Path, Reference: reference)))
            .ToList();
        var fromFields = (fields?.MediaReferences() ?? [])
            .Concat(MediaReference.Optional("seo.imageAssetId", seoImageAssetId, MediaPlaces.Image))
            .ToList();
        var ids = fromBlocks.Select(r => r.Reference.AssetId).Concat(fromFields.Select(r => r.AssetId));
        var kinds = await MediaLibrary.KindsOfAsync(context, ids, cancellationToken);
        var problems = new List<ContentProblem>();
        foreach (var (block, path, reference) in fromBlocks)
        {
            if (ProblemOf(reference, kinds, severity) is { } problem)
            {
                problems.Add(problem with { BlockId = block.Id, BlockPath = path, BlockType = block.BlockType });
            }
        }

        problems.AddRange(fromFields.Select(reference => ProblemOf(reference, kinds, severity)).OfType<ContentProblem>());
        return problems;
    }

    /// <summary>Unknown: the asset id in <c>Value</c>. Wrong kind: the kinds allowed there, comma-separated (the UI names them).</summary>
    private static ContentProblem? ProblemOf(MediaReference reference, IReadOnlyDictionary<Guid, MediaKind> kinds, ProblemSeverity severity) =>
        !kinds.TryGetValue(reference.AssetId, out var kind)
            ? new ContentProblem(ContentCodes.MediaUnknownAsset, severity) { Field = reference.Field, Value = reference.AssetId.ToString() }
            : reference.Kinds.Count > 0 && !reference.Kinds.Contains(kind)
                ? new ContentProblem(ContentCodes.MediaWrongKind, severity) { Field = reference.Field, Value = string.Join(',', reference.Kinds) }
                : null;
}
