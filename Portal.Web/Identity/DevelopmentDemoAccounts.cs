using Microsoft.AspNetCore.Identity;
using Portal.Tips.Police;
using Portal.Tips.Sealing;

namespace Portal.Web.Identity;

/// <summary>
/// DEVELOPMENT ONLY. One demo account per role (two security administrators, for the two-person rule) so anyone can try each role locally. The host calls this only
/// when the environment is Development; these passwords and authenticator keys are public (README.md) and
/// must never exist on a real server.
/// </summary>
internal sealed partial class DevelopmentDemoAccounts(
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IUserStore<PortalUser> userStore,
    OfficerGrants grants,
    UnitKeyStore unitKeys,
    UnitRecipients recipients,
    TimeProvider time,
    ILogger<DevelopmentDemoAccounts> logger)
{
    public const string GrantedBy = "system:demo-seed";

    /// <param name="Jurisdiction">The jurisdiction granted to a police or oversight account (a division key or province).</param>
    public sealed record DemoAccount(string Role, string Email, string Password, string? AuthenticatorKey, string DisplayName, string? Jurisdiction = null);

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new(PortalRoles.SystemAdministrator, "sysadmin@demo.portal.test", "Demo-SysAdmin-2026!", "MTHMZBKWL3OBHJ5X4KNP7KWWDB7A6KQU", "演示 系统管理员"),
        new(PortalRoles.SecurityAdministrator, "secadmin@demo.portal.test", "Demo-SecAdmin-2026!", "OMFR3ATYK72QK7GTFVKT5ACCRRFYIYDY", "演示 安全管理员"),
        // A second security administrator, so the two-person rule (one asks, another approves) can be tried locally.
        new(PortalRoles.SecurityAdministrator, "secadmin2@demo.portal.test", "Demo-SecAdmin2-2026!", "HZTDZS7RFUW5SPC6LUMNC37KHEBAGLKJ", "演示 安全管理员二"),
        new(PortalRoles.AuditAdministrator, "auditor@demo.portal.test", "Demo-Auditor-2026!", "KLTER5RG4BA6LXXZ6F4KUBB32NPXSVJR", "演示 审计管理员"),
        new(PortalRoles.Editor, "editor@demo.portal.test", "Demo-Editor-2026!", "2ZBJIDW3SUOT3LLPN3TYH36UYR4ELC7P", "演示 编辑"),
        new(PortalRoles.Reviewer, "reviewer@demo.portal.test", "Demo-Reviewer-2026!", "WFMXHNGJWS5YICS53RTHNMO7HO2QFXJG", "演示 审核"),
        new(PortalRoles.Publisher, "publisher@demo.portal.test", "Demo-Publisher-2026!", "L2CAWKLYULVA6NDJQYRA6U4MJ6HL4C6A", "演示 发布"),
        new(PortalRoles.Officer, "officer@demo.portal.test", "Demo-Officer-2026!", "IYW52P7UOCK7ZNMH6EDZQJYKPXELQ3QT", "演示 民警", "620102"),
        new(PortalRoles.Supervisor, "supervisor@demo.portal.test", "Demo-Supervisor-2026!", "2CGIAEZUAKF4T5J2RIYJP73GXWNN35EQ", "演示 主管", "620100"),
        // A provincial police officer: the province's unit key needs a member, who gives the second approval of a disclosure.
        new(PortalRoles.Officer, "province-officer@demo.portal.test", "Demo-ProvinceOfficer-2026!", "CYZOTHBCLQZXC64SEB5242G7WRUVL5JT", "演示 省厅民警", Jurisdictions.Province),
        new(PortalRoles.ProvincialOffice, "office@demo.portal.test", "Demo-Office-2026!", "VYIGB5ONLII74NCK2EEVNGKJHLGTU6HW", "演示 省联席办", Jurisdictions.Province),
        new(PortalRoles.VolunteerCoordinator, "coordinator@demo.portal.test", "Demo-Coordinator-2026!", "2Q3GK5AIM5KIMDKNOAPZRTE5X7FKC5I5", "演示 志愿者协调员"),
        new(PortalRoles.Volunteer, "volunteer@demo.portal.test", "Demo-Volunteer-2026!", null, "演示 志愿者"),
    ];

    /// <summary>The first demo account found in the identity database, for a Production host to refuse it.</summary>
    public static async Task<string?> FindAnyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var account in Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                return account.Email;
            }
        }

        return null;
    }

    public async Task SeedAsync()
    {
        await PortalRoleSeeder.EnsureRolesAsync(roleManager);
        foreach (var account in Accounts)
        {
            if (await userManager.FindByEmailAsync(account.Email) is { } existing)
            {
                await GrantAsync(existing, account);
                continue;
            }

            var user = new PortalUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                CreatedAt = time.GetUtcNow(),
            };
            var created = await userManager.CreateAsync(user, account.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.Email}: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            await userManager.AddToRoleAsync(user, account.Role);
            if (account.AuthenticatorKey is not null)
            {
                await ((IUserAuthenticatorKeyStore<PortalUser>)userStore).SetAuthenticatorKeyAsync(user, account.AuthenticatorKey, CancellationToken.None);
                await userManager.UpdateAsync(user);
                await userManager.SetTwoFactorEnabledAsync(user, true);
            }

            await GrantAsync(user, account);
        }

        await SeedUnitKeysAsync();
        LogSeeded(Accounts.Count);
    }

    /// <summary>
    /// Unit keys for the demo police, so that tips sealed locally open as they would in production: 城关区 held by the
    /// officer and the supervisor, 兰州市 by the supervisor, the province by the provincial officer. The recovery digits
    /// are not kept: a Development database is thrown away, never recovered.
    /// </summary>
    private async Task SeedUnitKeysAsync()
    {
        if ((await unitKeys.RecipientsAsync([Jurisdictions.Province])).Count > 0)
        {
            return; // Made on an earlier start.
        }

        (string Unit, string[] Members)[] units =
            [("620102", ["officer@", "supervisor@"]), ("620100", ["supervisor@"]), (Jurisdictions.Province, ["province-officer@"])];
        foreach (var (unit, members) in units)
        {
            var ids = new List<string>();
            foreach (var account in members.Select(prefix => Accounts.Single(a => a.Email == prefix + "demo.portal.test")))
            {
                var user = await userManager.FindByEmailAsync(account.Email) ?? throw new InvalidOperationException($"Demo account {account.Email} is missing.");
                await unitKeys.EnrolAsync(user.Id, account.Password);
                ids.Add(user.Id);
            }

            _ = await unitKeys.CreateUnitAsync(GrantedBy, unit, ids);
        }

        recipients.Changed();
    }

    /// <summary>Officer 城关区, supervisor 兰州市, provincial office the province, for an account that has no grant yet.</summary>
    private async Task GrantAsync(PortalUser user, DemoAccount account)
    {
        if (account.Jurisdiction is { } jurisdiction && (await grants.GrantsOfAsync(user.Id)).Count == 0)
        {
            await grants.SetGrantsAsync(GrantedBy, user.Id, [jurisdiction]);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DEVELOPMENT ONLY: {Count} demo accounts (one per role) are seeded; their passwords and authenticator keys are listed in README.md. They never exist outside Development.")]
    private partial void LogSeeded(int count);
}
