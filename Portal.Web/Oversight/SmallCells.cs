using Microsoft.Extensions.Localization;

namespace Portal.Web.Oversight;

/// <summary>
/// Small-cell suppression for the annual report, which leaves the police. Primary: every count under 5 (zero
/// included, so "&lt;5" never tells 0 from 4) shows as "&lt;5" and is not plotted. What could give it away is withheld
/// too (secondary): in a table whose rows add up to a total the report states (tips by month, category or region,
/// downloads by file), a single hidden cell would be that total less the others, so the smallest other count is
/// withheld with it; a median or percentile of fewer than 5 tips, an amount of fewer than 5 rewards and a share
/// whose part or remainder is under 5 are withheld as well. Hours are sums, not counts, and stay.
/// </summary>
public static class SmallCells
{
    public const int Threshold = 5;
    public const string Small = "<5";

    public static IReadOnlyList<OversightTable> Suppress(IReadOnlyList<OversightTable> tables, IStringLocalizer<OversightResource> l)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(l);
        string withheld = l["Withheld"];
        return [.. tables.Select(table => Suppress(table, withheld))];
    }

    public static bool IsSmall(OversightCell cell) => cell is { IsCount: true, Value: < Threshold };

    private static OversightTable Suppress(OversightTable table, string withheld)
    {
        var rows = table.Rows.Select(row => row.Cells.ToArray()).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r];
            var countSmall = cells.Length > 0 && IsSmall(cells[0]);
            for (var c = 0; c < cells.Length; c++)
            {
                if (IsSmall(cells[c]))
                {
                    cells[c] = new OversightCell(Small, null, IsCount: true);
                }
                else if (countSmall && !cells[c].IsCount)
                {
                    // A median of three tips or the amount of one reward describes those few.
                    cells[c] = new OversightCell(withheld, null, IsCount: false);
                }
            }
        }

        if (table.Id == "tip-outcomes")
        {
            WithholdShare(table, rows, withheld);
        }

        if (table.PartitionsTotal)
        {
            WithholdComplement(rows, withheld);
        }

        return table with { Rows = [.. table.Rows.Select((row, i) => row with { Cells = rows[i] })] };
    }

    /// <summary>In a column that adds up to a stated total, one hidden cell is never left alone.</summary>
    private static void WithholdComplement(List<OversightCell[]> rows, string withheld)
    {
        var hidden = rows.Count(cells => cells[0].Text == Small);
        if (hidden != 1)
        {
            return;
        }

        var smallest = rows.Where(cells => cells[0].IsCount && cells[0].Value is not null).MinBy(cells => cells[0].Value);
        if (smallest is not null)
        {
            smallest[0] = new OversightCell(withheld, null, IsCount: true);
        }
    }

    private static void WithholdShare(OversightTable table, List<OversightCell[]> rows, string withheld)
    {
        long? Original(string key) => table.Rows.FirstOrDefault(r => r.Key == key)?.Cells[0].Value is { } value ? (long)value : null;
        var (closed, substantiated) = (Original("closed") ?? 0, Original("substantiated") ?? 0);
        var share = table.Rows.ToList().FindIndex(r => r.Key == "share-substantiated");
        if (share >= 0 && (substantiated < Threshold || closed - substantiated < Threshold))
        {
            rows[share][0] = new OversightCell(withheld, null, IsCount: false);
        }
    }
}
