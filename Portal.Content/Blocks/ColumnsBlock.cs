using Portal.Content.Common;

namespace Portal.Content.Blocks;

public sealed record Column
{
    public IReadOnlyList<Block> Blocks { get; init; } = [];
}

/// <summary>The one group block: two or three columns of other blocks (no columns inside columns).</summary>
public sealed record ColumnsBlock : Block
{
    public IReadOnlyList<Column> Columns { get; init; } = [];


    public override IEnumerable<string> PlainText() => Columns.SelectMany(c => c.Blocks).SelectMany(b => b.PlainText());

    public override IEnumerable<Guid> MediaAssetIds() => Columns.SelectMany(c => c.Blocks).SelectMany(b => b.MediaAssetIds());

    public override IEnumerable<Guid> ItemReferences() => Columns.SelectMany(c => c.Blocks).SelectMany(b => b.ItemReferences());

    public override IEnumerable<(Block Block, string Path)> SelfAndDescendants(string path)
    {
        yield return (this, path);
        for (var c = 0; c < Columns.Count; c++)
        {
            for (var b = 0; b < Columns[c].Blocks.Count; b++)
            {
                foreach (var descendant in Columns[c].Blocks[b].SelfAndDescendants($"{path}.columns[{c}].blocks[{b}]"))
                {
                    yield return descendant;
                }
            }
        }
    }

    internal override Block Normalize(BlockValidation validation, string path)
    {
        var columns = Columns ?? [];
        if (columns.Count is < 2 or > 3)
        {
            validation.Problems.Add(ProblemAt(ContentCodes.ColumnsCount, path, "columns"));
        }

        return this with
        {
            Columns = [.. columns.Select((column, c) => new Column
            {
                Blocks = validation.List([.. column?.Blocks ?? []], $"{path}.columns[{c}].blocks", nested: true),
            })],
        };
    }
}
