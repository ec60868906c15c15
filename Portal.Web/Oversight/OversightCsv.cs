using System.Text;

namespace Portal.Web.Oversight;

/// <summary>
/// A table as CSV (RFC 4180), the cells' text exactly as the page shows it, UTF-8 with a byte-order mark so that
/// Excel opens the Chinese correctly.
/// </summary>
public static class OversightCsv
{
    public static byte[] Write(OversightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        Line(text, table.Columns);
        foreach (var row in table.Rows)
        {
            Line(text, [row.Label, .. row.Cells.Select(c => c.Text)]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Field)).Append("\r\n");
    }

    /// <summary>Quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed so a spreadsheet never runs it.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
