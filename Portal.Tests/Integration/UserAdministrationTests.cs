using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;
using Portal.Web;
using Portal.Web.Identity;
using Portal.Web.Identity.Approvals;

namespace Portal.Tests.Integration;

[IntegrationTest]
public sealed class UserAdministrationTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public UserAdministrationTests(PortalFactory factory) => this.factory = factory;

    private IStringLocalizer<SharedResource> Text => factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    private UserAdministration Administration => factory.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<UserAdministration>();

    private AccountApprovals Approvals => factory.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<AccountApprovals>();

    internal static ClaimsPrincipal Actor(string id, string role, bool secondFactor = true)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Role, role) };
        if (secondFactor)
        {
            claims.Add(new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Fact]
    public async Task An_invited_officer_gets_the_role_from_two_security_administrators_sets_a_password_through_the_link_and_can_then_sign_in()
    {
        var system = await TestUsers.CreateAsync(factory.Services, PortalRoles.SystemAdministrator);
        var security = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var second = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var email = $"officer-{Guid.NewGuid():N}@police.example.test";

        var outcome = await Administration.InviteAsync(Actor(system.Id, PortalRoles.SystemAdministrator), new(email, "张警官"));
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors));
        var officerId = (await Administration.ListUsersAsync(Actor(system.Id, PortalRoles.SystemAdministrator))).Single(u => u.Email == email).Id;
        var requested = await Administration.SetRolesAsync(Actor(security.Id, PortalRoles.SecurityAdministrator), officerId, [PortalRoles.Officer]);
        Assert.Equal(UserAdministration.ChangeState.AwaitingApproval, requested.Value);
        var pending = Assert.Single(await Approvals.PendingAsync(Actor(second.Id, PortalRoles.SecurityAdministrator)), a => a.TargetUserId == officerId);
        Assert.True((await Approvals.ApproveAsync(Actor(second.Id, PortalRoles.SecurityAdministrator), pending.Id)).Succeeded);

        using var client = factory.CreateBrowserLikeClient();
        var invitation = await HtmlPage.GetAsync(client, outcome.Value!);
        var accepted = await HtmlPage.ParseAsync(await invitation.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.New"] = "Zhang-Officer-2026!", ["Input.Confirm"] = "Zhang-Officer-2026!",
        }));
        Assert.Contains("密码已设置", accepted.Text, StringComparison.Ordinal);

        var signIn = await StaffSignIn.PasswordAsync(client, email, "Zhang-Officer-2026!");
        Assert.StartsWith("/staff", HtmlPage.RedirectTarget(signIn), StringComparison.Ordinal);

        using var secondVisitor = factory.CreateBrowserLikeClient();
        var sameLinkAgain = await HtmlPage.GetAsync(secondVisitor, outcome.Value!);
        var reused = await HtmlPage.ParseAsync(await sameLinkAgain.SubmitAsync(secondVisitor, new Dictionary<string, string>
        {
            ["Input.New"] = "Another-Password-2026!", ["Input.Confirm"] = "Another-Password-2026!",
        }));
        Assert.Contains("邀请链接无效、已使用或已过期", reused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_administrator_does_only_their_own_duty_and_only_with_a_second_factor()
    {
        var editor = await TestUsers.CreateAsync(factory.Services, PortalRoles.Editor);
        var system = Actor((await TestUsers.CreateAsync(factory.Services, PortalRoles.SystemAdministrator)).Id, PortalRoles.SystemAdministrator);
        var security = Actor((await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator)).Id, PortalRoles.SecurityAdministrator);
        var auditor = Actor((await TestUsers.CreateAsync(factory.Services, PortalRoles.AuditAdministrator)).Id, PortalRoles.AuditAdministrator);
        var systemWithoutSecondFactor = Actor(system.FindFirstValue(ClaimTypes.NameIdentifier)!, PortalRoles.SystemAdministrator, secondFactor: false);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.ListUsersAsync(Actor(editor.Id, PortalRoles.Editor)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.InviteAsync(systemWithoutSecondFactor, new("x@example.test", "X")));
        // The system administrator runs accounts, not roles or grants; the security administrator not accounts.
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.SetRolesAsync(system, editor.Id, [PortalRoles.Reviewer]));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.SetGrantsAsync(system, editor.Id, ["620102"]));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.InviteAsync(security, new("y@example.test", "Y")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.SetLockedAsync(security, editor.Id, true));
        // The audit administrator changes nothing at all.
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.ListUsersAsync(auditor));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.InviteAsync(auditor, new("z@example.test", "Z")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.SetRolesAsync(auditor, editor.Id, [PortalRoles.Reviewer]));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.SetGrantsAsync(auditor, editor.Id, ["620102"]));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.SetLockedAsync(auditor, editor.Id, true));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.RequestAuthenticatorResetAsync(auditor, editor.Id));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Approvals.PendingAsync(auditor));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Approvals.ApproveAsync(auditor, Guid.NewGuid()));
    }

    [Fact]
    public async Task An_administrator_cannot_give_themselves_supervisor_or_a_province_grant()
    {
        var admin = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var actor = Actor(admin.Id, PortalRoles.SecurityAdministrator);

        var supervisorOnly = await Administration.SetRolesAsync(actor, admin.Id, [PortalRoles.Supervisor]);
        var both = await Administration.SetRolesAsync(actor, admin.Id, [PortalRoles.SecurityAdministrator, PortalRoles.Supervisor]);
        var province = await Administration.SetGrantsAsync(actor, admin.Id, [Portal.Tips.Police.Jurisdictions.Province]);

        Assert.Equal((Failure.Forbidden, UserAdministration.Codes.OwnAccount), (supervisorOnly.Failure, supervisorOnly.Error));
        Assert.Equal(RoleRules.PoliceAndAdministrator, both.Error);
        Assert.Equal((Failure.Forbidden, UserAdministration.Codes.OwnAccount), (province.Failure, province.Error));
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        Assert.Contains("不能修改自己的账户", UserAdministrationText.Describe(Text, supervisorOnly), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.Equal([PortalRoles.SecurityAdministrator], await users.GetRolesAsync((await users.FindByIdAsync(admin.Id))!));
        Assert.Empty(await factory.Services.GetRequiredService<Portal.Tips.Police.OfficerGrants>().GrantsOfAsync(admin.Id));
        var second = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        Assert.DoesNotContain(await Approvals.PendingAsync(Actor(second.Id, PortalRoles.SecurityAdministrator)), a => a.TargetUserId == admin.Id);
    }

    [Fact]
    public async Task A_police_role_and_an_administrator_role_or_two_administrator_roles_on_one_account_are_refused()
    {
        var admin = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);
        var actor = Actor(admin.Id, PortalRoles.SecurityAdministrator);

        var policeAndAdmin = await Administration.SetRolesAsync(actor, officer.Id, [PortalRoles.Officer, PortalRoles.SystemAdministrator]);
        var supervisorAndAuditor = await Administration.SetRolesAsync(actor, officer.Id, [PortalRoles.Supervisor, PortalRoles.AuditAdministrator]);
        var twoAdmins = await Administration.SetRolesAsync(actor, officer.Id, [PortalRoles.SystemAdministrator, PortalRoles.AuditAdministrator]);

        Assert.Equal(RoleRules.PoliceAndAdministrator, policeAndAdmin.Error);
        Assert.Equal(RoleRules.PoliceAndAdministrator, supervisorAndAuditor.Error);
        Assert.Equal(RoleRules.TwoAdministratorRoles, twoAdmins.Error);
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        Assert.Contains("三权分立", UserAdministrationText.Describe(Text, policeAndAdmin), StringComparison.Ordinal);
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        Assert.Contains("separation of duties", UserAdministrationText.Describe(Text, twoAdmins), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.Equal([PortalRoles.Officer], await users.GetRolesAsync((await users.FindByIdAsync(officer.Id))!));
    }

    [Fact]
    public async Task Changing_to_ordinary_roles_applies_at_once_is_in_the_chain_and_unknown_roles_are_refused()
    {
        var admin = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var staff = await TestUsers.CreateAsync(factory.Services, PortalRoles.Editor);
        var actor = Actor(admin.Id, PortalRoles.SecurityAdministrator);

        var unknown = await Administration.SetRolesAsync(actor, staff.Id, ["Superuser"]);
        var changed = await Administration.SetRolesAsync(actor, staff.Id, [PortalRoles.Reviewer, PortalRoles.Publisher]);

        Assert.False(unknown.Succeeded);
        Assert.Equal(UserAdministration.ChangeState.Applied, changed.Value);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var roles = await users.GetRolesAsync((await users.FindByIdAsync(staff.Id))!);
        Assert.Equal([PortalRoles.Publisher, PortalRoles.Reviewer], roles.Order(StringComparer.Ordinal));
        var chain = await AuditChain.OfActorAsync(factory.Services, admin.Id);
        Assert.Contains(chain, e => e.Action == AccountAuditActions.RoleChange && e.Detail == $"user={staff.Id}; from=Editor; to=Publisher,Reviewer");
    }

    [Fact]
    public async Task An_invitation_with_a_malformed_email_says_why_and_creates_nobody()
    {
        var admin = await TestUsers.CreateAsync(factory.Services, PortalRoles.SystemAdministrator);
        var actor = Actor(admin.Id, PortalRoles.SystemAdministrator);
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

        var badEmail = await Administration.InviteAsync(actor, new("not-an-email", "某人"));

        Assert.Contains("格式不正确", UserAdministrationText.Describe(Text, badEmail), StringComparison.Ordinal);
        var all = await Administration.ListUsersAsync(actor);
        Assert.DoesNotContain(all, user => user.Email is "not-an-email");
    }
}
