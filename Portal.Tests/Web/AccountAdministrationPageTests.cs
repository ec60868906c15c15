using System.Globalization;
using System.Net;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;
using Portal.Web.Components.Staff.Identity;
using Portal.Web.Identity;
using Portal.Web.Identity.Approvals;

namespace Portal.Tests.Web;

/// <summary>
/// The approvals page and the audit administrator's trail, rendered in bUnit against the real services of a running
/// portal (SQLite), and the audit administrator over HTTP: reads the trail, every change refused.
/// </summary>
/// <remarks>MudBlazor's services are only async-disposable, so the context is disposed through IAsyncLifetime.</remarks>
[IntegrationTest]
public sealed class AccountAdministrationPageTests : BunitContext, IClassFixture<PortalFactory>, IAsyncLifetime
{
    private readonly PortalFactory portal;
    private readonly BunitAuthorizationContext authorization;

    public AccountAdministrationPageTests(PortalFactory portal)
    {
        this.portal = portal;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        foreach (var service in new[] { typeof(AuditTrailReader), typeof(StaffDirectory) })
        {
            Services.AddSingleton(service, portal.Services.GetRequiredService(service));
        }

        Services.AddScoped(_ => portal.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<AccountApprovals>());
        authorization = AddAuthorization();
        Render<MudPopoverProvider>();
    }

    private UserAdministration Administration => portal.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<UserAdministration>();

    [Fact]
    public async Task The_second_security_administrator_approves_on_the_approvals_page_and_the_requester_sees_no_approve_button()
    {
        var requester = await TestUsers.CreateAsync(portal.Services, PortalRoles.SecurityAdministrator);
        var approver = await TestUsers.CreateAsync(portal.Services, PortalRoles.SecurityAdministrator);
        var staff = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        await Administration.SetRolesAsync(Principal(requester.Id, PortalRoles.SecurityAdministrator), staff.Id, [PortalRoles.Officer]);

        SignIn(requester.Id, PortalRoles.SecurityAdministrator);
        var own = Render<Approvals>();
        own.WaitForAssertion(() => Assert.Contains("本人提出", own.Find("[data-testid=approvals]").TextContent, StringComparison.Ordinal));
        Assert.Empty(own.FindAll("button[data-testid=approval-approve]"));

        SignIn(approver.Id, PortalRoles.SecurityAdministrator);
        var page = Render<Approvals>();
        page.WaitForAssertion(() => Assert.Equal("民警", page.Find("[data-testid=approval-requested]").TextContent.Trim()));
        page.Find("button[data-testid=approval-approve]").Click();

        page.WaitForAssertion(() => Assert.Contains("没有待审批事项", page.Find("[data-testid=approvals]").TextContent, StringComparison.Ordinal));
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.Equal([PortalRoles.Officer], await users.GetRolesAsync((await users.FindByIdAsync(staff.Id))!));
    }

    [Fact]
    public async Task The_audit_administrator_reads_role_changes_and_approvals_on_a_page_without_a_single_control_that_changes_anything()
    {
        var security = await TestUsers.CreateAsync(portal.Services, PortalRoles.SecurityAdministrator);
        var staff = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        await Administration.SetRolesAsync(Principal(security.Id, PortalRoles.SecurityAdministrator), staff.Id, [PortalRoles.Reviewer]);
        var auditor = await TestUsers.CreateAsync(portal.Services, PortalRoles.AuditAdministrator);

        SignIn(auditor.Id, PortalRoles.AuditAdministrator);
        var page = Render<AuditTrail>();

        page.WaitForAssertion(() => Assert.Equal(AccountAuditActions.RoleChange, page.FindAll("[data-testid=audit-trail-action]")[0].TextContent.Trim()));
        Assert.Contains($"user={staff.Id}; from=Editor; to=Reviewer", page.Markup, StringComparison.Ordinal);
        Assert.Contains("测试 SecurityAdministrator", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("form"));
        Assert.Empty(page.FindAll("input:not([type=hidden]), textarea"));
        Assert.All(page.FindAll("button"), button => Assert.Contains("pagination", button.ClassName ?? button.ParentElement?.ClassName ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_audit_administrator_signed_in_reaches_the_trail_but_every_administration_page_and_post_is_refused()
    {
        var auditor = await TestUsers.CreateAsync(portal.Services, PortalRoles.AuditAdministrator);
        using var client = portal.CreateBrowserLikeClient();
        await StaffSignIn.WithAuthenticatorAsync(client, auditor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/admin/audit")).StatusCode);
        foreach (var url in new[] { "/staff/admin/users", "/staff/admin/approvals", "/staff/admin/coordinator-regions", "/staff/content/departments" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
            using var form = new FormUrlEncodedContent([new("_handler", "anything")]);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(url, form)).StatusCode);
        }

        // The trail page itself takes no form: a POST does not get through.
        using var post = new FormUrlEncodedContent([new("_handler", "anything")]);
        Assert.False((await client.PostAsync("/staff/admin/audit", post)).IsSuccessStatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private static ClaimsPrincipal Principal(string id, string role) => new(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Role, role), new(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor)], "test"));

    private void SignIn(string userId, string role)
    {
        authorization.SetAuthorized("staff");
        authorization.SetRoles(role);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId), new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor));
    }
}
