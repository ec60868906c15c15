using Microsoft.Extensions.Time.Testing;
using Portal.Shared.Time;
using Xunit;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.SharedKit;

[UnitTest]
public sealed class ChinaTimeTests
{
    private static readonly DateTimeOffset LastUtcMinuteOfChinaDay = new(2026, 1, 31, 15, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstUtcMinuteOfNextChinaDay = new(2026, 1, 31, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_machine_readable_instant_is_china_time_with_whole_seconds_as_html_time_allows()
    {
        var at = new DateTimeOffset(2026, 12, 7, 11, 46, 36, TimeSpan.Zero).AddTicks(609_594);

        Assert.Equal("2026-12-07T19:46:36+08:00", ChinaTime.Machine(at));
    }

    [Fact]
    public void The_China_day_turns_at_16_00_UTC()
    {
        Assert.Equal(new DateOnly(2026, 1, 31), ChinaTime.DayOf(LastUtcMinuteOfChinaDay));
        Assert.Equal(new DateOnly(2026, 2, 1), ChinaTime.DayOf(FirstUtcMinuteOfNextChinaDay));
    }

    [Fact]
    public void Today_is_the_China_date_whatever_the_UTC_date()
    {
        var time = new FakeTimeProvider(LastUtcMinuteOfChinaDay);
        Assert.Equal(new DateOnly(2026, 1, 31), ChinaTime.Today(time));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DateOnly(2026, 2, 1), ChinaTime.Today(time));
    }

    [Fact]
    public void A_day_starts_at_China_midnight_and_the_next_start_is_exclusive()
    {
        var start = ChinaTime.StartOf(new DateOnly(2026, 2, 1));
        Assert.Equal(FirstUtcMinuteOfNextChinaDay, start);
        Assert.Equal(new DateOnly(2026, 2, 1), ChinaTime.DayOf(start));
        Assert.Equal(new DateOnly(2026, 1, 31), ChinaTime.DayOf(start.AddTicks(-1)));
    }

    [Fact]
    public void Year_end_in_UTC_is_already_new_year_in_China()
    {
        var utcNewYearsEve = new DateTimeOffset(2025, 12, 31, 16, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2026, 1, 1), ChinaTime.DayOf(utcNewYearsEve));
        Assert.Equal("2026-01-01 00:30", ChinaTime.Format(utcNewYearsEve));
        Assert.Equal("2026-01-01", ChinaTime.FormatDate(utcNewYearsEve));
    }

    [Fact]
    public void Formats_show_China_clock_time_in_invariant_digits()
    {
        var at = new DateTimeOffset(2026, 3, 4, 1, 2, 3, TimeSpan.Zero);
        Assert.Equal("2026-03-04 09:02", ChinaTime.Format(at));
        Assert.Equal("2026-03-04 09:02:03", ChinaTime.FormatWithSeconds(at));
        Assert.Equal("03-04 09:02", ChinaTime.MonthDayTime(at));
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.InChina(at).Offset);
    }

    [Fact]
    public void No_instant_formats_as_empty_or_null()
    {
        Assert.Equal("", ChinaTime.Format(null));
        Assert.Null(ChinaTime.FormatDate(null));
        Assert.Null(ChinaTime.ToUtc(null, TimeSpan.FromHours(1)));
        Assert.Null(ChinaTime.DateOf(null));
        Assert.Null(ChinaTime.TimeOf(null));
    }

    [Fact]
    public void A_picked_China_date_and_time_round_trips_through_UTC()
    {
        var utc = ChinaTime.ToUtc(new DateTime(2026, 2, 1), TimeSpan.FromMinutes(30));
        Assert.Equal(new DateTimeOffset(2026, 1, 31, 16, 30, 0, TimeSpan.Zero), utc);
        Assert.Equal(TimeSpan.Zero, utc!.Value.Offset);
        Assert.Equal(new DateTime(2026, 2, 1), ChinaTime.DateOf(utc));
        Assert.Equal(TimeSpan.FromMinutes(30), ChinaTime.TimeOf(utc));
        Assert.Equal(ChinaTime.StartOf(new DateOnly(2026, 2, 1)), ChinaTime.ToUtc(new DateTime(2026, 2, 1), null));
    }

    [Fact]
    public void A_wall_clock_time_on_a_China_day_is_that_instant()
    {
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 1, 0, 0, TimeSpan.Zero), ChinaTime.At(new DateOnly(2026, 2, 1), new TimeOnly(9, 0)));
    }

    [Theory]
    [InlineData("2008-02-01", "2026-01-31", 17)]
    [InlineData("2008-02-01", "2026-02-01", 18)]
    [InlineData("2008-02-29", "2026-02-27", 17)]
    [InlineData("2008-02-29", "2026-02-28", 18)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    public void Age_turns_on_the_birthday_or_28_February_for_a_leap_day(string birth, string day, int age) =>
        Assert.Equal(age, ChinaTime.AgeOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
