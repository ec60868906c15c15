using Portal.Content.Blocks;

namespace Portal.Web.Content;

/// <summary>An empty block of each type, with a fresh id (the id then stays with the block in every later version).</summary>
public static class BlockFactory
{
    public static Block Create(string blockType) => blockType switch
    {
        BlockTypes.RichText => new RichTextBlock { Id = Guid.NewGuid() },
        BlockTypes.Heading => new HeadingBlock { Id = Guid.NewGuid() },
        BlockTypes.Image => new ImageBlock { Id = Guid.NewGuid() },
        BlockTypes.Video => new VideoBlock { Id = Guid.NewGuid() },
        BlockTypes.Audio => new AudioBlock { Id = Guid.NewGuid() },
        BlockTypes.DownloadList => new DownloadListBlock { Id = Guid.NewGuid(), Items = [new DownloadItem()] },
        BlockTypes.Callout => new CalloutBlock { Id = Guid.NewGuid() },
        BlockTypes.Steps => new StepsBlock { Id = Guid.NewGuid(), Steps = [new StepItem()] },
        BlockTypes.Quote => new QuoteBlock { Id = Guid.NewGuid() },
        BlockTypes.FaqList => new FaqListBlock { Id = Guid.NewGuid(), Items = [new FaqEntry()] },
        BlockTypes.ContentReference => new ContentReferenceBlock { Id = Guid.NewGuid() },
        BlockTypes.ReportTip => new ReportTipBlock { Id = Guid.NewGuid() },
        BlockTypes.Columns => new ColumnsBlock { Id = Guid.NewGuid(), Columns = [new Column(), new Column()] },
        _ => throw new ArgumentOutOfRangeException(nameof(blockType), blockType, "Unknown block type."),
    };

    /// <summary>The list with the item at <paramref name="index"/> moved by <paramref name="offset"/> (−1 up, +1 down).</summary>
    public static IReadOnlyList<T> Move<T>(IReadOnlyList<T> items, int index, int offset)
    {
        ArgumentNullException.ThrowIfNull(items);
        var target = index + offset;
        if (index < 0 || index >= items.Count || target < 0 || target >= items.Count)
        {
            return items;
        }

        var list = items.ToList();
        (list[index], list[target]) = (list[target], list[index]);
        return list;
    }

    public static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> items, int index, T item)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        list[index] = item;
        return list;
    }

    public static IReadOnlyList<T> RemoveAt<T>(IReadOnlyList<T> items, int index)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        list.RemoveAt(index);
        return list;
    }

    /// <summary>Text typed into a GUID box: a GUID, or empty for anything else (the service then names the field).</summary>
    public static Guid ParseId(string? text) => Guid.TryParse(text?.Trim(), out var id) ? id : Guid.Empty;

    public static Guid? ParseOptionalId(string? text) => Guid.TryParse(text?.Trim(), out var id) ? id : null;

    public static string ShowId(Guid id) => id == Guid.Empty ? "" : id.ToString("D");

    public static string ShowId(Guid? id) => id is { } value ? ShowId(value) : "";
}
