using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Sealing;
using Portal.Web.Hosting;
using Portal.Web.Identity;

namespace Portal.Tests.Hosting;

/// <summary>
/// The operator's two unit-key commands: <c>create-unit-key</c> gives a unit its first key and prints the recovery
/// digits once; <c>recover-unit-key</c> restores a unit whose members are gone, only with the digits and two different
/// security administrators, each with their authenticator's code.
/// </summary>
[IntegrationTest]
public sealed class UnitKeyCommandsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private T Service<T>()
        where T : notnull => portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task A_unit_key_is_made_for_signed_in_members_and_restored_by_two_administrators()
    {
        var first = await TestUsers.CreateAsync(portal.Services, PortalRoles.Officer);
        var newcomer = await TestUsers.CreateAsync(portal.Services, PortalRoles.Officer);
        var admin1 = await TestUsers.CreateAsync(portal.Services, PortalRoles.SecurityAdministrator);
        var admin2 = await TestUsers.CreateAsync(portal.Services, PortalRoles.SecurityAdministrator);
        var admin3 = await TestUsers.CreateAsync(portal.Services, PortalRoles.SecurityAdministrator);
        const string unit = "621100";

        var (code, output, error) = await CreateAsync(unit, first.Email);
        Assert.Equal(1, code);
        Assert.Contains("must sign in once", error, StringComparison.Ordinal);

        await Service<UnitKeyStore>().EnrolAsync(first.Id, first.Password);
        await Service<UnitKeyStore>().EnrolAsync(newcomer.Id, newcomer.Password);
        (code, output, error) = await CreateAsync(unit, first.Email);
        Assert.Equal(0, code);
        var digits = output.Split('\n', StringSplitOptions.TrimEntries)[^2];
        Assert.NotNull(RecoveryKey.Parse(digits).Key);
        Assert.Equal(2, (await CreateAsync("not-a-unit", first.Email)).Code);
        Assert.True((await Service<UnitKeyStore>().RemoveAsync("test-admin", unit, first.Id)).Succeeded);

        (code, _, error) = await RecoverAsync(unit, newcomer.Email, digits, (admin3.Email, admin3.CurrentCode()), (admin3.Email, admin3.CurrentCode()));
        Assert.Equal(1, code);
        Assert.Contains("two different people", error, StringComparison.Ordinal);
        (code, _, error) = await RecoverAsync(unit, newcomer.Email, digits, (admin2.Email, "000000"), (admin1.Email, admin1.CurrentCode()));
        Assert.Equal(1, code);
        Assert.Contains("not a security administrator with that code", error, StringComparison.Ordinal);
        (code, _, error) = await RecoverAsync(unit, newcomer.Email, digits, (first.Email, first.CurrentCode()), (admin1.Email, admin1.CurrentCode()));
        Assert.Equal(1, code); // an officer is not a security administrator
        Assert.Contains("not a security administrator", error, StringComparison.Ordinal);
        using (var before = (await Service<UnitKeyStore>().UnlockAsync(newcomer.Id, newcomer.Password))!)
        {
            Assert.Empty(before.Units);
        }

        (code, output, error) = await RecoverAsync(unit, newcomer.Email, digits, (admin2.Email, await admin2.UnusedCodeAsync()), (admin1.Email, await admin1.UnusedCodeAsync()));
        Assert.True(code == 0, error);
        Assert.Contains("now holds the key", output, StringComparison.Ordinal);
        using var after = (await Service<UnitKeyStore>().UnlockAsync(newcomer.Id, newcomer.Password))!;
        Assert.Equal([(unit, 1), (unit, 2)], after.Units.Order());
    }

    private async Task<(int Code, string Output, string Error)> CreateAsync(string unit, string members)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CreateUnitKeyCommand(Service<UnitKeyStore>(), Service<StaffDirectory>(), output, error).RunAsync(unit, members);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<(int Code, string Output, string Error)> RecoverAsync(string unit, string member, string digits, (string Email, string Code) one, (string Email, string Code) two)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        using var input = new StringReader(string.Join('\n', digits, one.Email, one.Code, two.Email, two.Code));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var command = new RecoverUnitKeyCommand(Service<UnitKeyStore>(), scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>(), input, output, error);
        var code = await command.RunAsync(unit, member);
        return (code, output.ToString(), error.ToString());
    }
}
