using System.Net;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.Rewards;

/// <summary>The rewards page lets in officers and supervisors signed in with a second factor, and nobody else.</summary>
[IntegrationTest]
public sealed class RewardPageAccessTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        using var client = portal.CreateBrowserLikeClient();

        var response = await client.GetAsync("/staff/rewards");

        Assert.StartsWith("/account/login", HtmlPage.RedirectTarget(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortalRoles.Officer, HttpStatusCode.OK)]
    [InlineData(PortalRoles.Supervisor, HttpStatusCode.OK)]
    [InlineData(PortalRoles.Editor, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.ProvincialOffice, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.SystemAdministrator, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.SecurityAdministrator, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.AuditAdministrator, HttpStatusCode.Forbidden)]
    public async Task Only_officers_and_supervisors_reach_the_rewards_page(string role, HttpStatusCode expected)
    {
        var user = await TestUsers.CreateAsync(portal.Services, role);
        using var client = portal.CreateBrowserLikeClient();
        await StaffSignIn.WithAuthenticatorAsync(client, user);

        Assert.Equal(expected, (await client.GetAsync("/staff/rewards")).StatusCode);
    }
}
