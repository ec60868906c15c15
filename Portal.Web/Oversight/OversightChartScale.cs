namespace Portal.Web.Oversight;

/// <summary>
/// The value axis of an oversight chart, scaled to the data: about five gridlines at a round step (1, 2 or 5 times
/// a power of ten), the top the first step at or above the largest value. MudBlazor's default is a fixed step of 20,
/// which drew 0–20 for small counts and dozens of gridlines for large ones. MudBlazor's step is a whole number, so the
/// step is at least 1 (hours under one draw on a 0–5 axis).
/// </summary>
public sealed record OversightChartScale(int Step, double Top)
{
    private const int Gridlines = 5;

    public static OversightChartScale For(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var largest = values.DefaultIfEmpty(0).Max();
        if (largest <= 0)
        {
            return new OversightChartScale(1, Gridlines);
        }

        var rough = largest / Gridlines;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (rough / power) switch
        {
            <= 1 => power,
            <= 2 => 2 * power,
            <= 5 => 5 * power,
            _ => 10 * power,
        };
        var whole = (int)Math.Max(1, step);
        return new OversightChartScale(whole, Math.Ceiling(largest / whole) * whole);
    }

    /// <summary>Month and region labels are turned when there are more than fit side by side in half a 1280 px page.</summary>
    public static int LabelRotation(IReadOnlyCollection<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var widest = labels.Select(l => l.Length).DefaultIfEmpty(0).Max();
        return labels.Count * widest > 36 ? 45 : 0;
    }
}
