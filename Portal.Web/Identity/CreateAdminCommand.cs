using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Identity;

/// <summary>
/// <c>dotnet run --project Portal.Web -- create-admin --email someone@example.gov.cn</c>: the only way to the
/// first administrator outside Development. Prints a one-time password that must be changed at first sign-in.
/// </summary>
internal sealed class CreateAdminCommand(UserManager<PortalUser> userManager, RoleManager<IdentityRole> roleManager, TimeProvider time, TextWriter? output = null)
{
    private readonly TextWriter console = output ?? Console.Out;

    public async Task<int> RunAsync(string? email, string? displayName)
    {
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
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? "系统管理员" : displayName,
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

        await userManager.AddToRoleAsync(user, PortalRoles.Administrator);
        await console.WriteLineAsync($"Administrator {email} created.");
        await console.WriteLineAsync($"One-time password: {password}");
        await console.WriteLineAsync("It is shown only now. At first sign-in choose a new password, then enrol an authenticator app.");
        return 0;
    }
}
