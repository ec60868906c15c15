using System.Globalization;

namespace Portal.Web.Content;

/// <summary>Schedules are stored in UTC and shown and typed in China time (UTC+8), whatever the server's zone.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset? at) =>
        at is { } value ? value.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>A date and time picked in China time, as the UTC instant the services store.</summary>
    public static DateTimeOffset? ToUtc(DateTime? date, TimeSpan? time) =>
        date is { } day ? new DateTimeOffset(day.Date + (time ?? TimeSpan.Zero), Offset).ToUniversalTime() : null;

    public static DateTime? DateOf(DateTimeOffset? at) => at?.ToOffset(Offset).Date;

    public static TimeSpan? TimeOf(DateTimeOffset? at) => at?.ToOffset(Offset).TimeOfDay;
}
