using Portal.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Police;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Oversight;
using Portal.Tips.Police;
using Portal.Tips.Rewards;
using Portal.Tips.Volunteers.Model;
using static Portal.Tests.Oversight.OversightHarness;

namespace Portal.Tests.Oversight;

/// <summary>The oversight figures against hand-computed fixtures, who sees which regions, and the rollup following changes; on each provider.</summary>
[IntegrationTest]
public abstract class OversightFiguresTests
{
    private const string Longnan = "621200";

    protected abstract PortalFactory Portal { get; }

    private OversightHarness Fixture => new(Portal);

    [Fact]
    public async Task The_figures_of_2025_equal_the_hand_computed_ones_for_the_province_and_for_a_prefecture_supervisor()
    {
        var f = Fixture;
        var t1 = await f.TipAsync(Chengguan, TipCategory.ChildAbduction, Cst(2025, 1, 10, 10, 0), TimeSpan.FromMinutes(5), TimeSpan.FromDays(2), CaseOutcome.Substantiated);
        await f.TipAsync(Lanzhou, TipCategory.ForcedLabour, Cst(2025, 1, 31, 23, 30), TimeSpan.FromMinutes(30), TimeSpan.FromDays(3), CaseOutcome.Unsubstantiated);
        // 00:10 on 1 February in China is still 31 January in UTC: China days decide.
        var t3 = await f.TipAsync(Jiuquan, TipCategory.ForcedLabour, Cst(2025, 2, 1, 0, 10), TimeSpan.FromHours(1));
        await f.TipAsync(Jurisdictions.Province, TipCategory.Other, Cst(2025, 3, 5, 12, 0));
        await f.TipAsync(Chengguan, TipCategory.ChildAbduction, Cst(2024, 12, 31, 23, 0), TimeSpan.FromMinutes(1));
        var t6 = await f.TipAsync(BaiyinDistrict, TipCategory.ForcedLabour, Cst(2025, 12, 31, 23, 59), TimeSpan.FromMinutes(10), TimeSpan.FromDays(1), CaseOutcome.Substantiated);
        await f.TipAsync(Jiuquan, TipCategory.Other, Cst(2026, 1, 1, 0, 0));
        await f.RewardAsync(t1, RewardStatus.Paid, 500, Cst(2025, 2, 1, 10, 0), Cst(2025, 2, 3, 10, 0), Cst(2025, 2, 10, 10, 0));
        await f.RewardAsync(t3, RewardStatus.Rejected, 200, Cst(2025, 3, 1, 10, 0), Cst(2025, 3, 2, 10, 0));
        await f.RewardAsync(t6, RewardStatus.Proposed, 300, Cst(2026, 1, 5, 10, 0));
        await f.VolunteerAsync(Lanzhou, VolunteerStatus.Active, 120, Cst(2025, 6, 1, 10, 0));
        await f.VolunteerAsync(Lanzhou, VolunteerStatus.Active, 90, Cst(2026, 1, 2, 10, 0));
        await f.VolunteerAsync(Lanzhou, VolunteerStatus.Applicant);
        await f.VolunteerAsync(Jiuquan, VolunteerStatus.Active, 60, Cst(2025, 12, 31, 23, 0));
        await f.Rollup.RefreshAsync();

        var province = await f.Figures.GetAsync(ProvincialOffice(), OversightQuery.Year(2025));

        Assert.Equal(OversightRegions.All, province.Regions);
        Assert.Equal((5, 3, 2), (province.Received, province.Closed, province.Substantiated));
        Assert.Equal([2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1], province.TipsByMonth.Select(m => m.Count));
        Assert.Equal("2025-01", province.TipsByMonth[0].Key);
        Assert.Equal(new Dictionary<string, long> { [TipCategory.ChildAbduction] = 1, [TipCategory.ForcedLabour] = 3, [TipCategory.Other] = 1 },
            province.TipsByCategory.Where(c => c.Count > 0).ToDictionary(c => c.Key, c => c.Count));
        Assert.Equal(TipCategory.All, province.TipsByCategory.Select(c => c.Key));
        Assert.Equal(new Dictionary<string, long> { [Lanzhou] = 2, [Baiyin] = 1, [Jiuquan] = 1, [OversightRegions.Unplaced] = 1 },
            province.TipsByRegion.Where(r => r.Count > 0).ToDictionary(r => r.Key, r => r.Count));
        // Acknowledged after 5, 30, 60 and 10 minutes: nearest rank 2 of 4 is 10, rank 4 of 4 is 60.
        Assert.Equal(new DurationFigures(4, 10, 60), province.ToAcknowledge);
        // Closed after 2, 3 and 1 days: rank 2 of 3 is 2 days, rank 3 of 3 is 3 days.
        Assert.Equal(new DurationFigures(3, 2 * 1440, 3 * 1440), province.ToClose);
        Assert.Equal(new RewardFigures(2, 700, 1, 500, 1, 500), province.Rewards);
        Assert.Equal(3, province.VolunteersByStatus.Single(s => s.Key == nameof(VolunteerStatus.Active)).Count);
        Assert.Equal(1, province.VolunteersByStatus.Single(s => s.Key == nameof(VolunteerStatus.Applicant)).Count);
        Assert.Equal(4, province.VolunteersByStatus.Sum(s => s.Count));
        Assert.Equal(new Dictionary<string, long> { [Lanzhou] = 120, [Jiuquan] = 60 },
            province.ApprovedHoursByRegion.Where(h => h.Minutes > 0).ToDictionary(h => h.Region, h => h.Minutes));

        var lanzhou = await f.Figures.GetAsync(await f.SupervisorAsync(Lanzhou), OversightQuery.Year(2025));

        Assert.Equal([Lanzhou], lanzhou.Regions);
        Assert.Equal((2, 2, 1), (lanzhou.Received, lanzhou.Closed, lanzhou.Substantiated));
        Assert.Equal([2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], lanzhou.TipsByMonth.Select(m => m.Count));
        Assert.Equal([new KeyedCount(Lanzhou, 2)], lanzhou.TipsByRegion);
        Assert.Equal(new DurationFigures(2, 5, 30), lanzhou.ToAcknowledge);
        Assert.Equal(new DurationFigures(2, 2 * 1440, 3 * 1440), lanzhou.ToClose);
        Assert.Equal(new RewardFigures(1, 500, 1, 500, 1, 500), lanzhou.Rewards);
        Assert.Equal(2, lanzhou.VolunteersByStatus.Single(s => s.Key == nameof(VolunteerStatus.Active)).Count);
        Assert.Equal([new RegionMinutes(Lanzhou, 120)], lanzhou.ApprovedHoursByRegion);

        var jiuquanOnly = await f.Figures.GetAsync(ProvincialOffice(), OversightQuery.Year(2025, Jiuquan));
        Assert.Equal((1, 0), (jiuquanOnly.Received, jiuquanOnly.Closed));
        Assert.Equal(new DurationFigures(1, 60, 60), jiuquanOnly.ToAcknowledge);
        Assert.Equal(new RewardFigures(1, 200, 0, 0, 0, 0), jiuquanOnly.Rewards);

        var january = await f.Figures.GetAsync(ProvincialOffice(), new OversightQuery(new DateOnly(2025, 1, 31), new DateOnly(2025, 2, 1)));
        Assert.Equal([new KeyedCount("2025-01", 1), new KeyedCount("2025-02", 1)], january.TipsByMonth);
    }

    [Fact]
    public async Task Supervisors_see_only_their_granted_prefectures_and_nobody_else_sees_anything()
    {
        var f = Fixture;
        var lanzhouSupervisor = await f.SupervisorAsync(Lanzhou);
        var provinceSupervisor = await f.SupervisorAsync(Jurisdictions.Province);
        var countySupervisor = await f.SupervisorAsync(Chengguan);
        var twoPrefectures = await f.SupervisorAsync(Lanzhou, Jiuquan, Chengguan);
        var officer = new OversightActor("officer-" + Guid.NewGuid().ToString("N")[..8], IsProvincialOffice: false, IsSupervisor: false);
        Assert.Null((await f.Grants.SetGrantsAsync("admin-test", officer.UserId, [Jurisdictions.Province])).Error);
        var year = OversightQuery.Year(2025);

        Assert.Equal([Lanzhou], (await f.Figures.GetAsync(lanzhouSupervisor, year)).Regions);
        Assert.Equal(OversightRegions.All, (await f.Figures.GetAsync(provinceSupervisor, year)).Regions);
        Assert.Equal([Lanzhou, Jiuquan], (await f.Figures.GetAsync(twoPrefectures, year)).Regions);
        Assert.Equal([Lanzhou], (await f.Figures.GetAsync(lanzhouSupervisor, year with { Region = Lanzhou })).Regions);
        await Assert.ThrowsAsync<OversightAccessDeniedException>(() => f.Figures.GetAsync(lanzhouSupervisor, year with { Region = Jiuquan }));
        await Assert.ThrowsAsync<OversightAccessDeniedException>(() => f.Figures.GetAsync(lanzhouSupervisor, year with { Region = OversightRegions.Unplaced }));
        await Assert.ThrowsAsync<OversightAccessDeniedException>(() => f.Figures.GetAsync(countySupervisor, year));
        await Assert.ThrowsAsync<OversightAccessDeniedException>(() => f.Figures.GetAsync(officer, year));
        Assert.Empty((await f.Figures.ScopeOfAsync(officer)).Regions);
    }

    [Fact]
    public async Task The_rollup_follows_intake_acknowledgement_closing_and_on_reconciling_a_deleted_tip()
    {
        var f = Fixture;
        var desk = new PoliceHarness(Portal);
        var officer = await desk.OfficerAsync(Longnan);
        var office = ProvincialOffice();
        var today = ChinaTime.DayOf(TimeProvider.System.GetUtcNow());
        var query = new OversightQuery(today.AddDays(-1), today.AddDays(1), Longnan);
        await f.Rollup.RefreshAsync();
        var before = await f.Figures.GetAsync(office, query);

        var tipId = await desk.TipAsync(Longnan, TipCategory.ForcedBegging);
        // Two nodes at once: one writes, the other finds the state moved on and counts again; neither loses the tip.
        await Task.WhenAll(f.Rollup.RefreshAsync(), Task.Run(() => f.Rollup.RefreshAsync()));
        var received = await f.Figures.GetAsync(office, query);
        Assert.Equal(before.Received + 1, received.Received);
        Assert.Equal(before.ToAcknowledge.Count, received.ToAcknowledge.Count);
        Assert.Equal(before.TipsByCategory.Single(c => c.Key == TipCategory.ForcedBegging).Count + 1, received.TipsByCategory.Single(c => c.Key == TipCategory.ForcedBegging).Count);

        Assert.Null((await desk.Cases.AcknowledgeAsync(officer, tipId)).Error);
        await f.Rollup.RefreshAsync();
        Assert.Equal(before.ToAcknowledge.Count + 1, (await f.Figures.GetAsync(office, query)).ToAcknowledge.Count);

        Assert.Null((await desk.Cases.CloseAsync(officer, tipId, CaseOutcome.Substantiated, null)).Error);
        await f.Rollup.RefreshAsync();
        var closed = await f.Figures.GetAsync(office, query);
        Assert.Equal((before.Closed + 1, before.Substantiated + 1), (closed.Closed, closed.Substantiated));

        // Retention deletes tips without stamping anything: a plain refresh keeps the day, reconciling recounts it.
        await using (var context = await Portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync())
        {
            await context.Set<Tip>().Where(t => t.Id == tipId).ExecuteDeleteAsync();
        }

        await f.Rollup.RefreshAsync();
        Assert.Equal(before.Received + 1, (await f.Figures.GetAsync(office, query)).Received);
        await f.Rollup.RefreshAsync(reconcile: true);
        var reconciled = await f.Figures.GetAsync(office, query);
        Assert.Equal((before.Received, before.Closed, before.Substantiated), (reconciled.Received, reconciled.Closed, reconciled.Substantiated));
    }

    [Fact]
    public void Duration_buckets_are_exact_at_their_bounds_and_percentiles_use_the_nearest_rank()
    {
        Assert.Equal(1, DurationBuckets.Of(TimeSpan.FromSeconds(20)));
        Assert.Equal(10, DurationBuckets.Of(TimeSpan.FromMinutes(10)));
        Assert.Equal(15, DurationBuckets.Of(TimeSpan.FromMinutes(10.5)));
        Assert.Equal(1440, DurationBuckets.Of(TimeSpan.FromDays(1)));
        Assert.Equal(DurationBuckets.Beyond, DurationBuckets.Of(TimeSpan.FromDays(400)));
        Assert.Equal(1, DurationBuckets.Of(TimeSpan.FromMinutes(-3)));
        var counts = new Dictionary<int, long> { [5] = 3, [10] = 1, [60] = 6 };
        Assert.Equal(60, DurationBuckets.Percentile(counts, 0.5));
        Assert.Equal(5, DurationBuckets.Percentile(counts, 0.3));
        Assert.Equal(10, DurationBuckets.Percentile(counts, 0.4));
        Assert.Null(DurationBuckets.Percentile(new Dictionary<int, long>(), 0.5));
    }
}

public sealed class SqliteOversightFiguresTests(OversightPortalFactory portal) : OversightFiguresTests, IClassFixture<OversightPortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresOversightFiguresTests(OversightPostgresFixture fixture) : OversightFiguresTests, IClassFixture<OversightPostgresFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
