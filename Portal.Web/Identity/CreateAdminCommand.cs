using Microsoft.AspNetCore.Identity;
using Portal.Tips.Audit;

namespace Portal.Web.Identity;

/// <summary>
/// <c>dotnet run --project Portal.Web -- create-admin --email someone@example.gov.cn [--role security|system|audit]</c>:
/// the only way to the first administrators outside Development (separation of duties needs at least two security
/// administrators and one system administrator; docs/operations.md). Prints a one-time password that must be changed
/// at first sign-in. The new account and its role go into the audit chain.
/// </summary>
internal sealed class CreateAdminCommand(UserManager<PortalUser> userManager, RoleManager<IdentityRole> roleManager, TipAuditLog audit, TimeProvider time, TextWriter? output = null)
{
    public const string Actor = "system:create-admin";

    private static readonly Dictionary<string, (string Role, string Name)> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["security"] = (PortalRoles.SecurityAdministrator, "安全管理员"),
        ["system"] = (PortalRoles.SystemAdministrator, "系统管理员"),
        ["audit"] = (PortalRoles.AuditAdministrator, "审计管理员"),
    };

    private readonly TextWriter console = output ?? Console.Out;

    public async Task<int> RunAsync(string? email, string? displayName, string? role = null)
    {
        if (!Roles.TryGetValue(role ?? "security", out var chosen))
        {
            await Console.Error.WriteLineAsync("create-admin: --role must be security, system or audit (security when left out).");
            return 2;
        }

        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("create-admin: --email must be an e-mail address, e.g. create-admin --email admin@example.gov.cn");
            return 2;
        }

        if (await userManager.FindByEmailAsync(email) is not null)
        {
            await Console.Error.WriteLineAsync($"create-admin: a user with the e-mail {email} already exists; nothing was changed.");
            return 1;
        }

        await PortalRoleSeeder.EnsureRolesAsync(roleManager);
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? chosen.Name : displayName,
            MustChangePassword = true,
            CreatedAt = time.GetUtcNow(),
        };
        var password = OneTimePassword.Generate();
        var created = await userManager.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await Console.Error.WriteLineAsync("create-admin: " + string.Join(" ", created.Errors.Select(error => error.Description)));
            return 1;
        }

        await userManager.AddToRoleAsync(user, chosen.Role);
        await audit.AppendAsync(new AuditRecord(Actor, AccountAuditActions.RoleChange, null, $"user={user.Id}; from=; to={chosen.Role}"));
        await console.WriteLineAsync($"{chosen.Role} {email} created.");
        await console.WriteLineAsync($"One-time password: {password}");
        await console.WriteLineAsync("It is shown only now. At first sign-in choose a new password, then enrol an authenticator app.");
        return 0;
    }
}
