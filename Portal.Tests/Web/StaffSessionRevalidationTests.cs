using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.Web;

/// <summary>
/// An editor whose role an administrator removes is still signed in on their open browser: the session must stop
/// admitting them within a minute, not the framework's default half hour. The session check runs on a fake clock.
/// </summary>
[IntegrationTest]
public sealed class StaffSessionRevalidationTests
{
    private sealed class FakeClockForSessions(FakeTimeProvider clock) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Configure<SecurityStampValidatorOptions>(options => options.TimeProvider = clock));
        }
    }

    [Fact]
    public async Task A_removed_role_stops_working_in_open_sessions_within_a_minute()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var portal = new FakeClockForSessions(clock);
        var editor = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        using var browser = portal.CreateBrowserLikeClient();
        await StaffSignIn.WithAuthenticatorAsync(browser, editor);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/staff/content", UriKind.Relative))).StatusCode);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            // What the user administration page does when an administrator takes the role away.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(editor.Email))!;
            await users.RemoveFromRoleAsync(user, PortalRoles.Editor);
            await users.UpdateSecurityStampAsync(user);
        }

        // A minute and a second after the sign-in (the fake clock started before it, so set rather than advanced).
        clock.SetUtcNow(TimeProvider.System.GetUtcNow().AddSeconds(61));
        using var after = await browser.GetAsync(new Uri("/staff/content", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", HtmlPage.RedirectTarget(after), StringComparison.Ordinal);
    }
}
