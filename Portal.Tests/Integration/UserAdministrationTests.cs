using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Tests.Infrastructure;
using Portal.Web;
using Portal.Web.Identity;

namespace Portal.Tests.Integration;

[IntegrationTest]
public sealed class UserAdministrationTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public UserAdministrationTests(PortalFactory factory) => this.factory = factory;

    private IStringLocalizer<SharedResource> Text => factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    private UserAdministration Administration => factory.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<UserAdministration>();

    private static ClaimsPrincipal Actor(string id, string role, bool secondFactor = true)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Role, role) };
        if (secondFactor)
        {
            claims.Add(new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Fact]
    public async Task An_invited_officer_sets_a_password_through_the_link_and_can_then_sign_in()
    {
        var admin = await TestUsers.CreateAsync(factory.Services, PortalRoles.Administrator);
        var email = $"officer-{Guid.NewGuid():N}@police.example.test";

        var outcome = await Administration.InviteAsync(Actor(admin.Id, PortalRoles.Administrator), new(email, "张警官", [PortalRoles.Officer]));

        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors));
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
    public async Task Only_an_administrator_signed_in_with_a_second_factor_may_manage_users()
    {
        var editor = await TestUsers.CreateAsync(factory.Services, PortalRoles.Editor);
        var admin = await TestUsers.CreateAsync(factory.Services, PortalRoles.Administrator);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.ListUsersAsync(Actor(editor.Id, PortalRoles.Editor)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.InviteAsync(
            Actor(admin.Id, PortalRoles.Administrator, secondFactor: false), new("x@example.test", "X", [PortalRoles.Editor])));
    }

    [Fact]
    public async Task An_administrator_cannot_remove_their_own_administrator_role()
    {
        var admin = await TestUsers.CreateAsync(factory.Services, PortalRoles.Administrator);

        var outcome = await Administration.SetRolesAsync(Actor(admin.Id, PortalRoles.Administrator), admin.Id, [PortalRoles.Editor]);

        Assert.Equal((Failure.Forbidden, UserAdministration.Codes.OwnAdministratorRole), (outcome.Failure, outcome.Error));
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        Assert.Contains("不能移除自己的管理员角色", UserAdministrationText.Describe(Text, outcome), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_roles_replaces_them_and_rejects_unknown_ones()
    {
        var admin = await TestUsers.CreateAsync(factory.Services, PortalRoles.Administrator);
        var staff = await TestUsers.CreateAsync(factory.Services, PortalRoles.Editor);
        var actor = Actor(admin.Id, PortalRoles.Administrator);

        var unknown = await Administration.SetRolesAsync(actor, staff.Id, ["Superuser"]);
        var changed = await Administration.SetRolesAsync(actor, staff.Id, [PortalRoles.Reviewer, PortalRoles.Publisher]);

        Assert.False(unknown.Succeeded);
        Assert.True(changed.Succeeded);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var roles = await users.GetRolesAsync((await users.FindByIdAsync(staff.Id))!);
        Assert.Equal([PortalRoles.Publisher, PortalRoles.Reviewer], roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_invitation_with_a_malformed_email_or_no_role_says_why_and_creates_nobody()
    {
        var admin = await TestUsers.CreateAsync(factory.Services, PortalRoles.Administrator);
        var actor = Actor(admin.Id, PortalRoles.Administrator);
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");

        var noRole = await Administration.InviteAsync(actor, new("someone@example.test", "某人", []));
        var badEmail = await Administration.InviteAsync(actor, new("not-an-email", "某人", [PortalRoles.Editor]));

        Assert.Equal(UserAdministration.Codes.RoleRequired, Assert.Single(noRole.Errors).Code);
        Assert.Equal("请至少选择一个角色。", UserAdministrationText.Describe(Text, noRole));
        Assert.Contains("格式不正确", UserAdministrationText.Describe(Text, badEmail), StringComparison.Ordinal);
        var all = await Administration.ListUsersAsync(actor);
        Assert.DoesNotContain(all, user => user.Email is "someone@example.test" or "not-an-email");
    }
}
