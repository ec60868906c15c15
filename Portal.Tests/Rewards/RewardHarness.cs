using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Reporting;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Police;
using Portal.Tips.Rewards;

namespace Portal.Tests.Rewards;

/// <summary>The reward workflow of one running portal, and quick ways to get a tip to each step.</summary>
public sealed class RewardHarness(IServiceProvider services)
{
    public RewardWorkflow Workflow => services.GetRequiredService<RewardWorkflow>();

    public TipCases Cases => services.GetRequiredService<TipCases>();

    private OfficerGrants Grants => services.GetRequiredService<OfficerGrants>();

    public async Task<StaffActor> OfficerAsync(params string[] jurisdictions) =>
        await StaffAsync("officer", officer: true, supervisor: false, jurisdictions);

    public async Task<StaffActor> SupervisorAsync(params string[] jurisdictions) =>
        await StaffAsync("supervisor", officer: false, supervisor: true, jurisdictions);

    public async Task<Guid> TipAsync(string? placeKey = "620102", string? narrative = null)
    {
        var result = await services.GetRequiredService<TipIntake>().SubmitAsync(TipSubmissions.Valid(narrative) with { PlaceKey = placeKey });
        Assert.True(result.Accepted, string.Join(", ", result.Errors));
        return result.TipId!.Value;
    }

    public async Task CloseSubstantiatedAsync(StaffActor officer, Guid tipId) =>
        Assert.Null((await Cases.CloseAsync(officer, tipId, CaseOutcome.Substantiated, null)).Error);

    /// <summary>A substantiated tip with a proposal by <paramref name="officer"/>; returns the reward id.</summary>
    public async Task<Guid> ProposedAsync(Guid tipId, StaffActor officer, string level = "verified")
    {
        await CloseSubstantiatedAsync(officer, tipId);
        Assert.Null((await Workflow.ProposeAsync(officer, tipId, level, "线索准确，协助查获犯罪嫌疑人。")).Error);
        return (await Workflow.OfTipAsync(officer, tipId)).Active!.Id;
    }

    /// <summary>Closed, proposed by <paramref name="officer"/> and approved by <paramref name="supervisor"/>.</summary>
    public async Task<Guid> ApprovedAsync(Guid tipId, StaffActor officer, StaffActor supervisor, string level = "verified")
    {
        var rewardId = await ProposedAsync(tipId, officer, level);
        Assert.Null((await Workflow.ApproveAsync(supervisor, rewardId)).Error);
        return rewardId;
    }

    internal async Task<Reward> StoredAsync(Guid rewardId)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        return await context.Set<Reward>().AsNoTracking().SingleAsync(r => r.Id == rewardId);
    }

    private async Task<StaffActor> StaffAsync(string kind, bool officer, bool supervisor, string[] jurisdictions)
    {
        var actor = new StaffActor($"{kind}-{Guid.NewGuid():N}"[..(kind.Length + 9)], officer, supervisor);
        Assert.Null((await Grants.SetGrantsAsync("admin-test", actor.UserId, jurisdictions)).Error);
        return actor;
    }
}
