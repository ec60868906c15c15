using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tips.Police;
using Portal.Tips.Reporting;
using Portal.Tips.Sealing;

namespace Portal.Tests.Tips.Sealing;

/// <summary>
/// A province that configures other approvers of identity disclosure (any officer of the county or prefecture, and a
/// supervisor of the provincial office) gets exactly those: the default's supervisor-or-province member no longer
/// counts as such, one approval is still not enough, and the asker never approves their own request.
/// </summary>
[IntegrationTest]
public sealed class DisclosureApproverTests(DisclosureApproverTests.ConfiguredPortal portal, SealedTipsTests.Officers staff)
    : IClassFixture<DisclosureApproverTests.ConfiguredPortal>, IClassFixture<SealedTipsTests.Officers>
{
    private T Get<T>()
        where T : notnull => portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task The_configured_approvers_count_one_approval_is_not_enough_and_the_asker_never_approves()
    {
        var officers = await staff.ReadyAsync(portal);
        var (county, prefectureSupervisor, province) = (officers.Readers[0], officers.Readers[1], officers.Readers[2]);
        var provincialSupervisor = await ProvincialSupervisorAsync(province);
        var named = TipSubmissions.Valid() with { Mode = ReporterMode.Named, Name = "李桂兰", Phone = "13900139000" };
        var tipId = (await Get<TipIntake>().SubmitAsync(named)).TipId!.Value;
        var disclosures = Get<IdentityDisclosures>();

        // The asker is a supervisor of the prefecture: a local officer, the kind that gives part A here.
        using var askerKeys = await UnlockAsync(prefectureSupervisor);
        Guid requestId;
        using (SealedTipAccess.Begin(() => askerKeys))
        {
            requestId = (await disclosures.RequestAsync(prefectureSupervisor.Actor, tipId, "核实举报人提供的车辆信息")).Value;
            Assert.Equal(IdentityDisclosures.OwnRequest, (await disclosures.ApproveAsync(prefectureSupervisor.Actor, requestId)).Error);
        }

        // A member of the provincial office who is not a supervisor approved by default; not here.
        Assert.Equal(IdentityDisclosures.NotAnApprover, await AsAsync(province, () => disclosures.ApproveAsync(province.Actor, requestId)));
        // The county's officer is no supervisor, which the default part A asks; here any local officer gives it.
        Assert.Null(await AsAsync(county, () => disclosures.ApproveAsync(county.Actor, requestId)));
        Assert.Equal(IdentityDisclosures.NotAnApprover, await AsAsync(county, () => disclosures.ApproveAsync(county.Actor, requestId)));
        using (SealedTipAccess.Begin(() => askerKeys))
        {
            Assert.Equal(IdentityDisclosures.NotApproved, (await disclosures.OpenAsync(prefectureSupervisor.Actor, requestId)).Error);
            Assert.Equal(IdentityDisclosures.OwnRequest, (await disclosures.ApproveAsync(prefectureSupervisor.Actor, requestId)).Error);
        }

        Assert.Null(await AsAsync(provincialSupervisor, () => disclosures.ApproveAsync(provincialSupervisor.Actor, requestId)));
        using (SealedTipAccess.Begin(() => askerKeys))
        {
            var opened = await disclosures.OpenAsync(prefectureSupervisor.Actor, requestId);
            Assert.True(opened.Succeeded, opened.ToString());
            Assert.Equal(("李桂兰", "13900139000"), (opened.Value!.Name, opened.Value.Phone));
            var listed = Assert.Single(await disclosures.OfTipAsync(prefectureSupervisor.Actor, tipId));
            Assert.Equal((county.Actor.UserId, provincialSupervisor.Actor.UserId), (listed.SupervisorApprovedBy, listed.ProvinceApprovedBy));
        }
    }

    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "Supervisor", "ProvincialOffice" }, null)]
    [InlineData(new[] { "provincialsupervisor", " LocalOfficer " }, null)]
    [InlineData(new[] { "Supervisor" }, "name two approvers")]
    [InlineData(new[] { "Supervisor", "Supervisor" }, "name two approvers")]
    [InlineData(new[] { "Supervisor", "LocalOfficer" }, "name two approvers")]
    [InlineData(new[] { "ProvincialOffice", "ProvincialSupervisor" }, "name two approvers")]
    [InlineData(new[] { "Supervisor", "ProvincialOffice", "ProvincialSupervisor" }, "name two approvers")]
    [InlineData(new[] { "Supervisor", "SecurityAdministrator" }, "'SecurityAdministrator' is not an approver kind")]
    [InlineData(new[] { "Supervisor", "2" }, "'2' is not an approver kind")]
    public void Start_up_accepts_only_two_approvers_one_for_each_part_of_the_identity_key(string[] approvers, string? refusal)
    {
        var options = new DisclosureOptions();
        foreach (var approver in approvers)
        {
            options.Approvers.Add(approver);
        }

        var result = new DisclosureOptionsValidator().Validate(null, options);

        if (refusal is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
        }
        else
        {
            Assert.StartsWith("Tips:Sealing:Disclosure:Approvers: ", result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains(refusal, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_host_reads_the_configured_pair()
    {
        var configured = Get<IOptions<DisclosureOptions>>().Value;

        Assert.Equal(["LocalOfficer", "ProvincialSupervisor"], configured.Approvers);
    }

    private async Task<SealedTipsTests.Officer> ProvincialSupervisorAsync(SealedTipsTests.Officer provinceMember)
    {
        var store = Get<UnitKeyStore>();
        var supervisor = new SealedTipsTests.Officer(new StaffActor($"province-supervisor-{Guid.NewGuid():N}", IsOfficer: true, IsSupervisor: true), "省级主管 2026!");
        await store.EnrolAsync(supervisor.Actor.UserId, supervisor.Password);
        using (var granter = await UnlockAsync(provinceMember))
        {
            Assert.True((await store.GrantAsync(provinceMember.Actor.UserId, granter, Jurisdictions.Province, supervisor.Actor.UserId)).Succeeded);
        }

        Assert.True((await Get<OfficerGrants>().SetGrantsAsync("test-admin", supervisor.Actor.UserId, [Jurisdictions.Province])).Succeeded);
        return supervisor;
    }

    private async Task<string?> AsAsync(SealedTipsTests.Officer officer, Func<Task<Portal.Shared.Results.Outcome>> act)
    {
        using var keys = await UnlockAsync(officer);
        using var access = SealedTipAccess.Begin(() => keys);
        return (await act()).Error;
    }

    private async Task<UnitKeySession> UnlockAsync(SealedTipsTests.Officer officer) =>
        (await Get<UnitKeyStore>().UnlockAsync(officer.Actor.UserId, officer.Password))!;

    /// <summary>The portal on SQLite with the non-default pair of approvers.</summary>
    public sealed class ConfiguredPortal() : PortalFactory(null, new Dictionary<string, string?>
    {
        ["Tips:Sealing:Disclosure:Approvers:0"] = "LocalOfficer",
        ["Tips:Sealing:Disclosure:Approvers:1"] = "ProvincialSupervisor",
    });
}
