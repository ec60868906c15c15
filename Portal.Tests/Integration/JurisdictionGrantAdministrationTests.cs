using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Web.Identity;
using Portal.Web.Police;

namespace Portal.Tests.Integration;

/// <summary>Jurisdiction grants through user administration, and the signed-in user as the Tips module sees them.</summary>
[IntegrationTest]
public sealed class JurisdictionGrantAdministrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private UserAdministration Administration => factory.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<UserAdministration>();

    private OfficerGrants Grants => factory.Services.GetRequiredService<OfficerGrants>();

    private static ClaimsPrincipal Actor(string id, bool secondFactor = true, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id) };
        claims.AddRange(roles.Select(role => new Claim(ClaimTypes.Role, role)));
        if (secondFactor)
        {
            claims.Add(new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Fact]
    public async Task A_security_administrator_replaces_a_users_county_grants_and_the_change_is_audited_under_their_id()
    {
        var admin = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);

        Assert.True((await Administration.SetGrantsAsync(Actor(admin.Id, true, PortalRoles.SecurityAdministrator), officer.Id, ["620102", "620402"])).Succeeded);
        Assert.True((await Administration.SetGrantsAsync(Actor(admin.Id, true, PortalRoles.SecurityAdministrator), officer.Id, ["620402"])).Succeeded);

        Assert.Equal(["620402"], await Grants.GrantsOfAsync(officer.Id));
        var listed = await Administration.GrantsAsync(Actor(admin.Id, true, PortalRoles.SecurityAdministrator), [officer.Id, admin.Id]);
        Assert.Equal(["620402"], listed[officer.Id]);
        Assert.False(listed.ContainsKey(admin.Id));
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var grants = await context.Set<TipAuditEntry>().Where(e => e.Action == TipAuditActions.GrantJurisdiction && e.ActorId == admin.Id).OrderBy(e => e.Sequence).Select(e => e.Detail).ToListAsync();
        Assert.Equal([$"user={officer.Id}; jurisdictions=620102,620402", $"user={officer.Id}; jurisdictions=620402"], grants);
    }

    [Fact]
    public async Task Unknown_jurisdictions_and_users_are_refused_and_nothing_changes()
    {
        var admin = Actor((await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator)).Id, true, PortalRoles.SecurityAdministrator);
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);
        Assert.True((await Administration.SetGrantsAsync(admin, officer.Id, ["620102"])).Succeeded);

        Assert.False((await Administration.SetGrantsAsync(admin, officer.Id, ["620102", "999999"])).Succeeded);
        Assert.False((await Administration.SetGrantsAsync(admin, "no-such-user", ["620102"])).Succeeded);

        Assert.Equal(["620102"], await Grants.GrantsOfAsync(officer.Id));
    }

    [Fact]
    public async Task Only_a_security_administrator_with_a_second_factor_may_change_grants()
    {
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);
        var supervisor = Actor((await TestUsers.CreateAsync(factory.Services, PortalRoles.Supervisor)).Id, true, PortalRoles.Supervisor);
        var adminWithoutSecondFactor = Actor((await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator)).Id, false, PortalRoles.SecurityAdministrator);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.SetGrantsAsync(supervisor, officer.Id, [Jurisdictions.Province]));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.SetGrantsAsync(adminWithoutSecondFactor, officer.Id, [Jurisdictions.Province]));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Administration.GrantsAsync(supervisor, [officer.Id]));
        Assert.Empty(await Grants.GrantsOfAsync(officer.Id));
    }

    [Fact]
    public async Task In_development_the_demo_officer_supervisor_and_office_are_seeded_with_their_jurisdictions()
    {
        await using var development = new PortalFactory { Environment = "Development" };
        var seeded = development.Services.GetRequiredService<OfficerGrants>();
        await using var scope = development.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

        async Task<IReadOnlyList<string>> GrantsOfAsync(string email) => await seeded.GrantsOfAsync((await users.FindByEmailAsync(email))!.Id);

        Assert.Equal(["620102"], await GrantsOfAsync("officer@demo.portal.test"));
        Assert.Equal(["620100"], await GrantsOfAsync("supervisor@demo.portal.test"));
        Assert.Equal([Jurisdictions.Province], await GrantsOfAsync("office@demo.portal.test"));
        Assert.Empty(await GrantsOfAsync("editor@demo.portal.test"));
    }

    [Fact]
    public void The_staff_actor_is_the_identity_user_with_roles_mapped_and_exists_only_after_a_second_factor()
    {
        Assert.Equal(new StaffActor("u1", IsOfficer: true, IsSupervisor: false), Actor("u1", true, PortalRoles.Officer).ToStaffActor());
        Assert.Equal(new StaffActor("u2", IsOfficer: false, IsSupervisor: true), Actor("u2", true, PortalRoles.Supervisor).ToStaffActor());
        Assert.Equal(new StaffActor("u3", IsOfficer: true, IsSupervisor: true), Actor("u3", true, PortalRoles.Officer, PortalRoles.Supervisor).ToStaffActor());
        Assert.False(Actor("u4", true, PortalRoles.ProvincialOffice, PortalRoles.SecurityAdministrator).ToStaffActor()!.WorksTips);
        Assert.Null(Actor("u5", false, PortalRoles.Officer).ToStaffActor());
        Assert.Null(new ClaimsPrincipal(new ClaimsIdentity()).ToStaffActor());
    }
}
