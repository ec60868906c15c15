using Portal.Content.Common;

namespace Portal.Content.Blocks;

/// <summary>
/// Checks and cleans a body before it is stored: every block gets an id (a repeated id is replaced, so a copied block
/// keeps its text), text is trimmed and limited, rich text is sanitised (a warning names what was removed), and
/// problems carry the block's id, type and path so the editor can show them at the block.
/// </summary>
internal sealed class BlockValidation
{
    public const int MaxBlocks = 500;
    public const int MaxText = 4_000;
    public const int MaxShortText = 300;
    public const int MaxHtml = 200_000;

    private readonly RichTextSanitizer sanitizer;
    private readonly IReadOnlySet<string>? allowedTypes;
    private readonly HashSet<Guid> seenIds = [];
    private readonly TimeProvider time;
    private int count;

    private BlockValidation(RichTextSanitizer sanitizer, IReadOnlySet<string>? allowedTypes, TimeProvider time)
    {
        this.sanitizer = sanitizer;
        this.allowedTypes = allowedTypes;
        this.time = time;
    }

    internal List<ContentProblem> Problems { get; } = [];

    /// <summary>The cleaned blocks and the problems (errors and warnings) found on the way.</summary>
    public static (IReadOnlyList<Block> Blocks, IReadOnlyList<ContentProblem> Problems) Normalize(
        IReadOnlyList<Block?>? blocks, RichTextSanitizer sanitizer, IReadOnlySet<string>? allowedTypes, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(sanitizer);
        var validation = new BlockValidation(sanitizer, allowedTypes, time);
        var cleaned = validation.List(blocks ?? [], "blocks", nested: false);
        if (validation.count > MaxBlocks)
        {
            validation.Problems.Add(ContentProblem.Error(ContentCodes.TooManyBlocks, "blocks", MaxBlocks.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return (cleaned, validation.Problems);
    }

    internal IReadOnlyList<Block> List(IReadOnlyList<Block?> blocks, string path, bool nested)
    {
        var cleaned = new List<Block>(blocks.Count);
        for (var index = 0; index < blocks.Count; index++)
        {
            var blockPath = $"{path}[{index}]";
            if (blocks[index] is not { } block)
            {
                Problems.Add(new ContentProblem(ContentCodes.BlockMissing) { BlockPath = blockPath });
                continue;
            }

            count++;
            if (block.Id == Guid.Empty || !seenIds.Add(block.Id))
            {
                block = block with { Id = Guid.CreateVersion7(time.GetUtcNow()) };
                seenIds.Add(block.Id);
            }

            if ((allowedTypes is not null && !allowedTypes.Contains(block.BlockType)) || (nested && block is ColumnsBlock))
            {
                Problems.Add(new ContentProblem(ContentCodes.BlockNotAllowed) { BlockId = block.Id, BlockPath = blockPath, BlockType = block.BlockType });
            }

            cleaned.Add(block.Normalize(this, blockPath));
        }

        return cleaned;
    }

    internal string Text(Block block, string path, string field, string? value, int maxLength = MaxText, bool required = true)
    {
        var text = (value ?? "").Trim();
        if (required && text.Length == 0)
        {
            Problems.Add(At(ContentCodes.Required, block, path, field));
        }
        else if (text.Length > maxLength)
        {
            Problems.Add(At(ContentCodes.TooLong, block, path, field));
        }

        return text;
    }

    internal string? OptionalText(Block block, string path, string field, string? value, int maxLength = MaxText) =>
        Text(block, path, field, value, maxLength, required: false) is { Length: > 0 } text ? text : null;

    internal string Html(Block block, string path, string field, string? html, bool required = true)
    {
        var raw = html ?? "";
        if (raw.Length > MaxHtml)
        {
            Problems.Add(At(ContentCodes.TooLong, block, path, field));
            return raw[..MaxHtml];
        }

        var result = sanitizer.Sanitize(raw);
        if (result.Removed.Count > 0)
        {
            Problems.Add(At(ContentCodes.RichTextSanitized, block, path, field) with
            {
                Severity = ProblemSeverity.Warning,
                Value = string.Join(", ", result.Removed),
            });
        }

        if (required && HtmlText.ToPlainText(result.Html).Trim().Length == 0)
        {
            Problems.Add(At(ContentCodes.Required, block, path, field));
        }

        return result.Html;
    }

    internal Guid Asset(Block block, string path, string field, Guid assetId)
    {
        if (assetId == Guid.Empty)
        {
            Problems.Add(At(ContentCodes.Required, block, path, field));
        }

        return assetId;
    }

    internal void Range(Block block, string path, string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Problems.Add(At(ContentCodes.OutOfRange, block, path, field));
        }
    }

    internal void NotEmpty<T>(Block block, string path, string field, IReadOnlyCollection<T>? items)
    {
        if (items is null || items.Count == 0)
        {
            Problems.Add(At(ContentCodes.Required, block, path, field));
        }
    }

    private static ContentProblem At(string code, Block block, string path, string field) =>
        new(code) { BlockId = block.Id, BlockPath = path, BlockType = block.BlockType, Field = field };
}
