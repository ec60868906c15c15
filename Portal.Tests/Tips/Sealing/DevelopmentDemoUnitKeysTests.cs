using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Tips.Reporting;
using Portal.Tips.Sealing;
using Portal.Web.Identity;

namespace Portal.Tests.Tips.Sealing;

/// <summary>
/// In Development the demo police hold unit keys under the passwords README.md lists, so a tip reported locally is
/// sealed and opens for the demo officer as in production; elsewhere no unit key is made.
/// </summary>
[IntegrationTest]
public sealed class DevelopmentDemoUnitKeysTests
{
    [Fact]
    public async Task Development_seals_local_tips_to_the_demo_police_whose_sign_in_opens_them()
    {
        await using var portal = new PortalFactory { Environment = "Development" };
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var store = portal.Services.GetRequiredService<UnitKeyStore>();
        async Task<(string Id, UnitKeySession Session)> UnlockAsync(string email, string password)
        {
            var id = (await users.FindByEmailAsync(email))!.Id;
            return (id, (await store.UnlockAsync(id, password))!);
        }

        var officer = await UnlockAsync("officer@demo.portal.test", "Demo-Officer-2026!");
        var supervisor = await UnlockAsync("supervisor@demo.portal.test", "Demo-Supervisor-2026!");
        var province = await UnlockAsync("province-officer@demo.portal.test", "Demo-ProvinceOfficer-2026!");
        using (officer.Session)
        using (supervisor.Session)
        using (province.Session)
        {
            Assert.Equal(["620102"], officer.Session.Units.Select(u => u.Unit));
            Assert.Equal(["620100", "620102"], supervisor.Session.Units.Select(u => u.Unit).Order(StringComparer.Ordinal));
            Assert.Equal([Jurisdictions.Province], province.Session.Units.Select(u => u.Unit));

            var tipId = (await portal.Services.GetRequiredService<TipIntake>().SubmitAsync(TipSubmissions.Valid() with { PlaceKey = "620102" })).TipId!.Value;

            await using (var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync())
            {
                Assert.Empty((await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId)).WrappedDataKey);
            }

            var cases = portal.Services.GetRequiredService<TipCases>();
            await Assert.ThrowsAsync<TipLockedException>(() => cases.OpenAsync(new StaffActor(officer.Id, IsOfficer: true, IsSupervisor: false), tipId));
            using (SealedTipAccess.Begin(() => officer.Session))
            {
                var view = await cases.OpenAsync(new StaffActor(officer.Id, IsOfficer: true, IsSupervisor: false), tipId);
                Assert.Equal(TipSubmissions.Valid().WhatHappened, view.Report.WhatHappened);
            }
        }
    }

    [Fact]
    public async Task Outside_development_no_unit_key_is_made()
    {
        await using var portal = new PortalFactory();
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        Assert.False(await context.Set<UnitKeyRecord>().AnyAsync());
    }
}
