using System.Globalization;

namespace Portal.Shared.Time;

/// <summary>
/// China Standard Time is UTC+8 all year, with no daylight saving. Instants are stored in UTC; every page shows and
/// takes them in China time, and days (ages, expiry dates, shift days, reported figures) are counted in it, whatever
/// the server's zone.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The same instant as China's clocks show it.</summary>
    public static DateTimeOffset InChina(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>"2026-01-31 08:05", or "" when there is no instant.</summary>
    public static string Format(DateTimeOffset? at) =>
        at is { } value ? value.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>"2026-01-31 08:05:09": audit trails, where the order within a minute matters.</summary>
    public static string FormatWithSeconds(DateTimeOffset at) =>
        at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// "2026-01-31T08:05:09+08:00": the instant for a <c>&lt;time datetime&gt;</c> attribute. HTML allows at most three
    /// digits of a second's fraction, so the round-trip format ("O", seven digits) is not valid there.
    /// </summary>
    public static string Machine(DateTimeOffset at) =>
        at.ToOffset(Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"01-31 08:05": month, day and time, enough in a queue of recent items.</summary>
    public static string MonthDayTime(DateTimeOffset at) =>
        at.ToOffset(Offset).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"2026-01-31", or null when there is no instant.</summary>
    public static string? FormatDate(DateTimeOffset? at) =>
        at?.ToOffset(Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date and time picked in China time, as the UTC instant the services store.</summary>
    public static DateTimeOffset? ToUtc(DateTime? date, TimeSpan? time) =>
        date is { } day ? new DateTimeOffset(day.Date + (time ?? TimeSpan.Zero), Offset).ToUniversalTime() : null;

    /// <summary>The China date of an instant, for a date picker.</summary>
    public static DateTime? DateOf(DateTimeOffset? at) => at?.ToOffset(Offset).Date;

    /// <summary>The China time of day of an instant, for a time picker.</summary>
    public static TimeSpan? TimeOf(DateTimeOffset? at) => at?.ToOffset(Offset).TimeOfDay;

    /// <summary>Today's date in China.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DayOf(time.GetUtcNow());
    }

    /// <summary>The China day an instant falls on.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The instant a China day starts (midnight in China, 16:00 UTC the day before).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>A wall-clock time on a China day, as an instant.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => new(day.ToDateTime(time), Offset);

    /// <summary>Age in whole years on a day: the birthday itself counts.</summary>
    public static int AgeOn(DateOnly birth, DateOnly day)
    {
        var age = day.Year - birth.Year;
        return day < birth.AddYears(age) ? age - 1 : age;
    }
}
