namespace Portal.Shared.Time;

/// <summary>
/// A clock whose local zone is China's, whatever the server's (servers run on UTC). Our code works in UTC instants
/// and <see cref="ChinaTime"/>; this is for components that ask the clock for "today" themselves: MudBlazor's date
/// picker marks <c>GetLocalNow().Date</c>, which on a UTC server is yesterday in Gansu until 08:00.
/// </summary>
public sealed class ChinaTimeProvider(TimeProvider clock) : TimeProvider
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", ChinaTime.Offset, "中国标准时间", "中国标准时间");

    public static ChinaTimeProvider SystemClock { get; } = new(TimeProvider.System);

    public override TimeZoneInfo LocalTimeZone => China;

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        clock.CreateTimer(callback, state, dueTime, period);
}
