using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tips.Audit;
using Portal.Tips.Reporting;
using Portal.Tips.Police;

namespace Portal.Tests.Police;

/// <summary>The police services of one running portal, and quick ways to make officers and tips.</summary>
public sealed class PoliceHarness(PortalFactory portal)
{
    public TipCases Cases => portal.Services.GetRequiredService<TipCases>();

    public TipQueue Queue => portal.Services.GetRequiredService<TipQueue>();

    public OfficerGrants Grants => portal.Services.GetRequiredService<OfficerGrants>();

    public TipAuditLog Audit => portal.Services.GetRequiredService<TipAuditLog>();

    public TipFollowUp FollowUp => portal.Services.GetRequiredService<TipFollowUp>();

    public TipIntake Intake => portal.Services.GetRequiredService<TipIntake>();

    /// <summary>A new officer (unique user id) granted the given jurisdictions.</summary>
    public async Task<StaffActor> OfficerAsync(params string[] jurisdictions)
    {
        var officer = new StaffActor("officer-" + Guid.NewGuid().ToString("N")[..8], IsOfficer: true, IsSupervisor: false);
        Assert.Null((await Grants.SetGrantsAsync("admin-test", officer.UserId, jurisdictions)).Error);
        return officer;
    }

    public async Task<StaffActor> SupervisorAsync(params string[] jurisdictions)
    {
        var supervisor = new StaffActor("supervisor-" + Guid.NewGuid().ToString("N")[..8], IsOfficer: false, IsSupervisor: true);
        Assert.Null((await Grants.SetGrantsAsync("admin-test", supervisor.UserId, jurisdictions)).Error);
        return supervisor;
    }

    public async Task<Guid> TipAsync(string? placeKey = "620102", string category = TipCategory.ForcedLabour, bool happeningNow = false, bool childJustMissing = false, string? narrative = null)
    {
        var result = await Intake.SubmitAsync(TipSubmissions.Valid(narrative) with
        {
            PlaceKey = placeKey,
            Category = category,
            HappeningNow = happeningNow,
            ChildJustMissing = childJustMissing,
        });
        Assert.True(result.Accepted, string.Join(", ", result.Errors));
        return result.TipId!.Value;
    }
}
