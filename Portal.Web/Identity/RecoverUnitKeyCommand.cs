using Microsoft.AspNetCore.Identity;
using Portal.Tips.Sealing;

namespace Portal.Web.Identity;

/// <summary>
/// <c>dotnet Portal.Web.dll recover-unit-key --unit KEY --member EMAIL</c>: restores a unit whose members are all gone,
/// under four eyes. At the console it asks for the unit's printed recovery digits, then for two different security
/// administrators, each with the code their authenticator shows now. The new member (signed in once, so that they
/// have their own key) then holds every generation of the unit's key. Both administrators are in the audit chain.
/// </summary>
internal sealed class RecoverUnitKeyCommand(UnitKeyStore store, UserManager<PortalUser> users, TextReader? input = null, TextWriter? output = null, TextWriter? error = null)
{
    public const string Name = "recover-unit-key";

    private readonly TextReader console = input ?? Console.In;
    private readonly TextWriter said = output ?? Console.Out;
    private readonly TextWriter errors = error ?? Console.Error;

    public async Task<int> RunAsync(string? unit, string? memberEmail)
    {
        if (unit is null || memberEmail is null)
        {
            await errors.WriteLineAsync($"{Name}: e.g. {Name} --unit 620102 --member officer@example.gov.cn");
            return 2;
        }

        if (await users.FindByEmailAsync(memberEmail) is not { } member)
        {
            await errors.WriteLineAsync($"{Name}: no account {memberEmail}.");
            return 1;
        }

        await said.WriteLineAsync($"{Name}: the recovery digits of {unit} (16 groups of 6):");
        var digits = await console.ReadLineAsync() ?? "";
        var first = await AdministratorAsync("first", null);
        var second = first is null ? null : await AdministratorAsync("second", first);
        if (first is null || second is null)
        {
            return 1;
        }

        var recovered = await store.RecoverAsync(first.Id, second.Id, unit, digits, member.Id);
        if (recovered.Error is { } problem)
        {
            await errors.WriteLineAsync($"{Name}: " + problem switch
            {
                UnitKeyStore.FourEyes => "the two administrators must be two different people.",
                UnitKeyStore.WrongRecoveryKey => "these are not the recovery digits of this unit.",
                UnitKeyStore.NotEnrolled => $"{memberEmail} must sign in once first (that makes their own key).",
                UnitKeyStore.UnknownUnit => $"{unit} has no key to recover.",
                _ => problem,
            });
            return 1;
        }

        await said.WriteLineAsync($"{Name}: {memberEmail} now holds the key of {unit}; they can give it to colleagues who join.");
        return 0;
    }

    private async Task<PortalUser?> AdministratorAsync(string which, PortalUser? other)
    {
        await said.WriteLineAsync($"{Name}: the {which} security administrator's e-mail:");
        var email = (await console.ReadLineAsync())?.Trim() ?? "";
        await said.WriteLineAsync($"{Name}: their authenticator's code now:");
        var code = (await console.ReadLineAsync())?.Replace(" ", "", StringComparison.Ordinal) ?? "";
        var admin = await users.FindByEmailAsync(email);
        if (admin is not null && admin.Id == other?.Id)
        {
            await errors.WriteLineAsync($"{Name}: the two administrators must be two different people; nothing was changed.");
            return null;
        }

        if (admin is not null
            && await users.IsInRoleAsync(admin, PortalRoles.SecurityAdministrator)
            && await users.GetTwoFactorEnabledAsync(admin)
            && await users.VerifyTwoFactorTokenAsync(admin, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return admin;
        }

        await errors.WriteLineAsync($"{Name}: {email} is not a security administrator with that code; nothing was changed.");
        return null;
    }
}
