using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;
using Portal.Tips.Police;
using Portal.Web;
using Portal.Web.Identity;
using Portal.Web.Identity.Approvals;
using static Portal.Tests.Integration.UserAdministrationTests;

namespace Portal.Tests.Integration;

/// <summary>
/// Police roles, administrator roles, prefecture- and province-wide grants and an administrator's authenticator reset
/// take two people: one asks, a different security administrator approves; nothing changes before. All in the chain.
/// </summary>
[IntegrationTest]
public sealed class TwoPersonRuleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private UserAdministration Administration => factory.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<UserAdministration>();

    private AccountApprovals Approvals => factory.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<AccountApprovals>();

    private OfficerGrants Grants => factory.Services.GetRequiredService<OfficerGrants>();

    private async Task<IList<string>> RolesOfAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.GetRolesAsync((await users.FindByIdAsync(userId))!);
    }

    private async Task<AccountApprovals.ApprovalView> PendingForAsync(string deciderId, string targetId) =>
        Assert.Single(await Approvals.PendingAsync(Actor(deciderId, PortalRoles.SecurityAdministrator)), a => a.TargetUserId == targetId);

    [Fact]
    public async Task A_police_role_does_nothing_until_a_second_security_administrator_approves_and_the_requester_cannot_approve_it()
    {
        var requester = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var approver = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var staff = await TestUsers.CreateAsync(factory.Services, PortalRoles.Editor);

        var requested = await Administration.SetRolesAsync(Actor(requester.Id, PortalRoles.SecurityAdministrator), staff.Id, [PortalRoles.Supervisor]);

        Assert.Equal(UserAdministration.ChangeState.AwaitingApproval, requested.Value);
        Assert.Equal([PortalRoles.Editor], await RolesOfAsync(staff.Id));
        var pending = await PendingForAsync(approver.Id, staff.Id);
        Assert.Equal([PortalRoles.Supervisor], pending.Requested);
        var own = await Approvals.ApproveAsync(Actor(requester.Id, PortalRoles.SecurityAdministrator), pending.Id);
        Assert.Equal((Failure.Forbidden, AccountApprovals.Codes.OwnRequest), (own.Failure, own.Error));
        Assert.False((await Approvals.RejectAsync(Actor(requester.Id, PortalRoles.SecurityAdministrator), pending.Id)).Succeeded);
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        Assert.Contains("不能批准或驳回自己提出的申请", UserAdministrationText.Describe(factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>(), own), StringComparison.Ordinal);
        Assert.Equal([PortalRoles.Editor], await RolesOfAsync(staff.Id));

        Assert.True((await Approvals.ApproveAsync(Actor(approver.Id, PortalRoles.SecurityAdministrator), pending.Id)).Succeeded);

        Assert.Equal([PortalRoles.Supervisor], await RolesOfAsync(staff.Id));
        Assert.False((await Approvals.ApproveAsync(Actor(approver.Id, PortalRoles.SecurityAdministrator), pending.Id)).Succeeded);
        var asked = await AuditChain.OfActorAsync(factory.Services, requester.Id);
        Assert.Contains(asked, e => e.Action == AccountAuditActions.RoleRequest && e.Detail == $"request={pending.Id}; user={staff.Id}; requested=Supervisor");
        var decided = await AuditChain.OfActorAsync(factory.Services, approver.Id);
        Assert.Equal([AccountAuditActions.Approve, AccountAuditActions.RoleChange], decided.Select(e => e.Action));
        Assert.Contains($"requested-by={requester.Id}", decided[0].Detail, StringComparison.Ordinal);
        Assert.Equal($"user={staff.Id}; from=Editor; to=Supervisor", decided[1].Detail);
    }

    [Fact]
    public async Task A_rejected_request_changes_nothing_and_the_rejection_is_in_the_chain()
    {
        var requester = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var second = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var staff = await TestUsers.CreateAsync(factory.Services, PortalRoles.Editor);
        await Administration.SetRolesAsync(Actor(requester.Id, PortalRoles.SecurityAdministrator), staff.Id, [PortalRoles.SystemAdministrator]);

        var pending = await PendingForAsync(second.Id, staff.Id);
        Assert.True((await Approvals.RejectAsync(Actor(second.Id, PortalRoles.SecurityAdministrator), pending.Id)).Succeeded);

        Assert.Equal([PortalRoles.Editor], await RolesOfAsync(staff.Id));
        Assert.Equal([AccountAuditActions.Reject], (await AuditChain.OfActorAsync(factory.Services, second.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task A_county_grant_applies_at_once_but_a_prefecture_or_the_province_waits_for_a_second_approval()
    {
        var requester = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var approver = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);
        var asker = Actor(requester.Id, PortalRoles.SecurityAdministrator);

        Assert.Equal(UserAdministration.ChangeState.Applied, (await Administration.SetGrantsAsync(asker, officer.Id, ["620102"])).Value);
        Assert.Equal(UserAdministration.ChangeState.AwaitingApproval, (await Administration.SetGrantsAsync(asker, officer.Id, ["620102", "620100"])).Value);
        Assert.Equal(["620102"], await Grants.GrantsOfAsync(officer.Id));
        // A newer request replaces the undecided one: only the province request is left to decide.
        Assert.Equal(UserAdministration.ChangeState.AwaitingApproval, (await Administration.SetGrantsAsync(asker, officer.Id, [Jurisdictions.Province])).Value);
        var pending = await PendingForAsync(approver.Id, officer.Id);
        Assert.Equal([Jurisdictions.Province], pending.Requested);
        Assert.False((await Approvals.ApproveAsync(asker, pending.Id)).Succeeded);
        Assert.Equal(["620102"], await Grants.GrantsOfAsync(officer.Id));

        Assert.True((await Approvals.ApproveAsync(Actor(approver.Id, PortalRoles.SecurityAdministrator), pending.Id)).Succeeded);

        Assert.Equal([Jurisdictions.Province], await Grants.GrantsOfAsync(officer.Id));
        Assert.Equal(
            [TipAuditActions.GrantJurisdiction, AccountAuditActions.GrantRequest, AccountAuditActions.GrantRequest],
            (await AuditChain.OfActorAsync(factory.Services, requester.Id)).Select(e => e.Action));
        Assert.Equal(
            [AccountAuditActions.Approve, TipAuditActions.GrantJurisdiction],
            (await AuditChain.OfActorAsync(factory.Services, approver.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task An_administrators_reset_of_someones_authenticator_needs_a_security_administrators_approval()
    {
        var system = await TestUsers.CreateAsync(factory.Services, PortalRoles.SystemAdministrator);
        var security = await TestUsers.CreateAsync(factory.Services, PortalRoles.SecurityAdministrator);
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);

        Assert.True((await Administration.RequestAuthenticatorResetAsync(Actor(system.Id, PortalRoles.SystemAdministrator), officer.Id)).Succeeded);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var before = (await users.FindByIdAsync(officer.Id))!;
            Assert.True(before.TwoFactorEnabled);
            Assert.Equal(officer.AuthenticatorKey, await users.GetAuthenticatorKeyAsync(before));
        }

        // The system administrator who asked is no security administrator: a second person must decide.
        var pending = await PendingForAsync(security.Id, officer.Id);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Approvals.ApproveAsync(Actor(system.Id, PortalRoles.SystemAdministrator), pending.Id));
        Assert.True((await Approvals.ApproveAsync(Actor(security.Id, PortalRoles.SecurityAdministrator), pending.Id)).Succeeded);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var after = (await users.FindByIdAsync(officer.Id))!;
            Assert.False(after.TwoFactorEnabled);
            Assert.NotEqual(officer.AuthenticatorKey, await users.GetAuthenticatorKeyAsync(after));
        }

        Assert.Contains(await AuditChain.OfActorAsync(factory.Services, system.Id), e => e.Action == AccountAuditActions.AuthenticatorResetRequest);
        Assert.Equal([AccountAuditActions.Approve, AccountAuditActions.AuthenticatorReset], (await AuditChain.OfActorAsync(factory.Services, security.Id)).Select(e => e.Action));
    }
}
