using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using Portal.Shared.Time;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Web;

/// <summary>
/// "Today" in the staff date pickers is Gansu's day: at 04:00 in Lanzhou on 7 December the server's UTC clock still
/// says 6 December.
/// </summary>
/// <remarks>MudBlazor's services are only async-disposable, so the context is disposed through IAsyncLifetime.</remarks>
[UnitTest]
public sealed class ChinaTimeProviderTests : BunitContext, IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 6, 20, 0, 0, TimeSpan.Zero));

    public ChinaTimeProviderTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<TimeProvider>(new ChinaTimeProvider(clock));
    }

    [Fact]
    public void The_date_picker_marks_the_day_it_is_in_China_not_on_the_servers_clock()
    {
        var picker = Render<MudDatePicker>(parameters => parameters.Add(p => p.PickerVariant, PickerVariant.Static));

        Assert.Equal("7", picker.Find(".mud-current").TextContent.Trim());
    }

    [Fact]
    public void Local_time_is_china_time_and_the_instant_and_timers_are_the_clocks()
    {
        var china = new ChinaTimeProvider(clock);

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 4, 0, 0, ChinaTime.Offset), china.GetLocalNow());
        Assert.Equal(clock.GetUtcNow(), china.GetUtcNow());
        var fired = false;
        using var timer = china.CreateTimer(_ => fired = true, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(fired);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}

/// <summary>The host's clock is China's (see <see cref="ChinaTimeProvider"/>).</summary>
[IntegrationTest]
public sealed class PortalClockTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public void The_portal_tells_the_time_with_chinas_clock() =>
        Assert.Equal(ChinaTime.Offset, portal.Services.GetRequiredService<TimeProvider>().GetLocalNow().Offset);
}
