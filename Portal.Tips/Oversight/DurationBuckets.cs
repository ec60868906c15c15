namespace Portal.Tips.Oversight;

/// <summary>
/// Times to acknowledge and to close are kept in the rollup as counts per bucket, so percentiles over a year need
/// no pass over the tips. A bucket is named by its upper bound in minutes; a percentile is reported as the bound of
/// the bucket it falls in ("at most"), exact at these points: each minute up to 10 minutes, then 15, 20, 30, 45
/// minutes, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 20, 24 hours, 1.5, 2, 3, 4, 5, 6, 7, 10, 14, 21, 30, 45, 60, 90, 120,
/// 180, 270, 365 days; anything longer is one last bucket.
/// </summary>
public static class DurationBuckets
{
    public const int Beyond = int.MaxValue;

    private const int Hour = 60;
    private const int Day = 24 * Hour;

    public static IReadOnlyList<int> UpperBounds { get; } =
    [
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 30, 45,
        Hour, 90, 2 * Hour, 3 * Hour, 4 * Hour, 6 * Hour, 8 * Hour, 12 * Hour, 16 * Hour, 20 * Hour,
        Day, 36 * Hour, 2 * Day, 3 * Day, 4 * Day, 5 * Day, 6 * Day, 7 * Day, 10 * Day, 14 * Day, 21 * Day,
        30 * Day, 45 * Day, 60 * Day, 90 * Day, 120 * Day, 180 * Day, 270 * Day, 365 * Day, Beyond,
    ];

    /// <summary>The bucket of a duration: the smallest bound at or above it (a negative clock difference counts as zero).</summary>
    public static int Of(TimeSpan duration)
    {
        var minutes = Math.Max(0, duration.TotalMinutes);
        foreach (var bound in UpperBounds)
        {
            if (minutes <= bound)
            {
                return bound;
            }
        }

        return Beyond;
    }

    /// <summary>
    /// The bucket holding the given share (0.5 for the median, 0.9 for p90): the nearest-rank percentile, i.e. the
    /// smallest bound with at least ceil(share × n) durations at or below it. Null when there are none.
    /// </summary>
    public static int? Percentile(IReadOnlyDictionary<int, long> countsByBound, double share)
    {
        ArgumentNullException.ThrowIfNull(countsByBound);
        var total = countsByBound.Values.Sum();
        if (total == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(share * total));
        long seen = 0;
        foreach (var (bound, count) in countsByBound.OrderBy(b => b.Key))
        {
            seen += count;
            if (seen >= rank)
            {
                return bound;
            }
        }

        return Beyond;
    }
}
