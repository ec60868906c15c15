using Portal.Shared.Time;
using System.Globalization;
using Portal.Tips.Oversight;

namespace Portal.Web.Oversight;

/// <summary>The dashboard's date range: the current year to today by default, at most ten years, from not after to.</summary>
public sealed record OversightRange(DateOnly From, DateOnly To)
{
    public static OversightRange Default(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var today = ChinaTime.DayOf(time.GetUtcNow());
        return new(new DateOnly(today.Year, 1, 1), today);
    }

    /// <summary>Both given or neither (the default); null for a date that does not parse or a range backwards or too long.</summary>
    public static OversightRange? Parse(string? from, string? to, TimeProvider time)
    {
        if (string.IsNullOrEmpty(from) && string.IsNullOrEmpty(to))
        {
            return Default(time);
        }

        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return null;
        }

        return Valid(start, end) ? new(start, end) : null;
    }

    public static bool Valid(DateOnly from, DateOnly to) => from <= to && to.DayNumber - from.DayNumber <= 3660;
}
