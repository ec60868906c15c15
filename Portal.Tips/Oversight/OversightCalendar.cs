namespace Portal.Tips.Oversight;

/// <summary>
/// Tip figures are counted by the day the tip was received in China Standard Time (UTC+8, no daylight saving),
/// so a year or month means the one Gansu's offices report on.
/// </summary>
public static class OversightCalendar
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly ChinaDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime);

    public static int DayNumber(DateTimeOffset instant) => ChinaDay(instant).DayNumber;

    /// <summary>The instant the China day starts.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaOffset);
}
