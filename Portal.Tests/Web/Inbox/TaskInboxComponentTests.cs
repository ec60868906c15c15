using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Portal.Tests.Infrastructure;
using Portal.Tests.Rewards;
using Portal.Web.Components.Staff.Inbox;
using Portal.Web.Identity;
using Portal.Web.Inbox;

namespace Portal.Tests.Web.Inbox;

/// <summary>The inbox on an open page counts again every 30 seconds (a TimeProvider timer), so new work appears without a reload.</summary>
/// <remarks>MudBlazor's services are only async-disposable, so the context is disposed through IAsyncLifetime.</remarks>
[IntegrationTest]
public sealed class TaskInboxComponentTests : BunitContext, IClassFixture<PortalFactory>, IAsyncLifetime
{
    private readonly PortalFactory portal;
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));

    public TaskInboxComponentTests(PortalFactory portal)
    {
        this.portal = portal;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddSingleton(portal.Services.CreateScope().ServiceProvider.GetRequiredService<StaffInbox>());
        Services.AddSingleton<TimeProvider>(time);
    }

    [Fact]
    public async Task New_work_appears_on_the_open_page_at_the_next_count()
    {
        var desk = new RewardHarness(portal.Services);
        var officer = await desk.OfficerAsync("620111");
        await desk.TipAsync("620111");
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, officer.UserId), new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor), new Claim(ClaimTypes.Role, PortalRoles.Officer)], "test"));

        var inbox = Render<TaskInbox>(parameters => parameters.Add(p => p.User, user));
        inbox.WaitForAssertion(() => Assert.Equal("1", inbox.Find("[data-testid=inbox-unread-tips] [data-testid=inbox-count]").TextContent));
        Assert.Equal("staff/tips?unread=true", inbox.Find("[data-testid=inbox-unread-tips] a").GetAttribute("href"));

        await desk.TipAsync("620111");
        time.Advance(TaskInbox.RefreshEvery - TimeSpan.FromSeconds(1));
        Assert.Equal("1", inbox.Find("[data-testid=inbox-unread-tips] [data-testid=inbox-count]").TextContent);
        time.Advance(TimeSpan.FromSeconds(1));

        inbox.WaitForAssertion(() => Assert.Equal("2", inbox.Find("[data-testid=inbox-unread-tips] [data-testid=inbox-count]").TextContent), TimeSpan.FromSeconds(10));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
