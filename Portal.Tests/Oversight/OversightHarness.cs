using Portal.Shared.Time;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Oversight;
using Portal.Tips.Police;
using Portal.Tips.Rewards;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tests.Oversight;

/// <summary>
/// Tips, rewards, volunteers and hours written straight into the tables with chosen times, so the figures can be
/// worked out by hand. Only the plaintext columns matter to oversight; the ciphertext columns get random bytes.
/// </summary>
/// <summary>
/// The oversight tests write tips closed in 2025 while the host's retention worker runs on today's clock: with the
/// default periods it could purge them mid-test. Their hosts keep closed tips for a century.
/// </summary>
internal static class OversightRetention
{
    private const string Century = "36500.00:00:00";

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Tips:Retention:Spam"] = Century,
        ["Tips:Retention:Unsubstantiated"] = Century,
        ["Tips:Retention:Duplicate"] = Century,
        ["Tips:Retention:ReferredElsewhere"] = Century,
        ["Tips:Retention:Substantiated"] = Century,
        ["Tips:Retention:NeverClosed"] = Century,
    };
}

/// <summary>A SQLite host for the oversight tests (see <see cref="OversightRetention"/>).</summary>
public sealed class OversightPortalFactory() : PortalFactory(null, new Dictionary<string, string?>(OversightRetention.Settings));

/// <summary>A PostgreSQL host for the oversight tests (see <see cref="OversightRetention"/>).</summary>
public sealed class OversightPostgresFixture : PostgresPortalFixture
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>(OversightRetention.Settings);
}

internal sealed class OversightHarness(PortalFactory portal)
{
    public const string Lanzhou = "620100";
    public const string Chengguan = "620102";
    public const string Baiyin = "620400";
    public const string BaiyinDistrict = "620402";
    public const string Jiuquan = "620900";

    public static readonly TimeSpan China = ChinaTime.Offset;

    public OversightFigures Figures => portal.Services.GetRequiredService<OversightFigures>();

    public OversightRollup Rollup => portal.Services.GetRequiredService<OversightRollup>();

    public OfficerGrants Grants => portal.Services.GetRequiredService<OfficerGrants>();

    public static DateTimeOffset Cst(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, China);

    public async Task<Guid> TipAsync(string jurisdiction, string category, DateTimeOffset received, TimeSpan? acknowledgedAfter = null, TimeSpan? closedAfter = null, CaseOutcome? outcome = null)
    {
        var tip = new Tip
        {
            Id = Guid.NewGuid(),
            Category = category,
            PrefectureKey = jurisdiction == Jurisdictions.Province ? null : Portal.Storage.Regions.GansuDivisions.Instance.PrefectureOf(jurisdiction)!.Key,
            CountyKey = jurisdiction == Jurisdictions.Province || OversightRegions.IsPrefecture(jurisdiction) ? null : jurisdiction,
            JurisdictionKey = jurisdiction,
            Source = TipSource.Public,
            Status = closedAfter is null ? (acknowledgedAfter is null ? TipStatus.New : TipStatus.Triaged) : TipStatus.Closed,
            Outcome = closedAfter is null ? null : outcome,
            ReceivedAt = received,
            AcknowledgedAt = received + acknowledgedAfter,
            ClosedAt = received + closedAfter,
            // As every change stamps it: the rollup finds changed tips by this column.
            UpdatedAt = TimeProvider.System.GetUtcNow(),
            WrappedDataKey = RandomNumberGenerator.GetBytes(60),
            ReceiptNumberHash = RandomNumberGenerator.GetBytes(32),
            PassphraseHash = RandomNumberGenerator.GetBytes(32),
            IdempotencyKeyHash = RandomNumberGenerator.GetBytes(32),
            EncryptedReport = RandomNumberGenerator.GetBytes(64),
        };
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        context.Add(tip);
        await context.SaveChangesAsync();
        return tip.Id;
    }

    public async Task RewardAsync(Guid tipId, RewardStatus status, int yuan, DateTimeOffset proposed, DateTimeOffset? decided = null, DateTimeOffset? paid = null)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        context.Add(new Reward
        {
            Id = Guid.NewGuid(), TipId = tipId, Status = status, LevelCode = "verified", AmountYuan = yuan, CreatedAt = proposed,
            ProposedBy = "officer-fixture", ProposedAt = proposed, DecidedBy = decided is null ? null : "supervisor-fixture", DecidedAt = decided,
            PaidBy = paid is null ? null : "officer-fixture", PaidAt = paid,
        });
        await context.SaveChangesAsync();
    }

    /// <summary>A volunteer of a prefecture in a status; with <paramref name="approvedMinutes"/>, one shift's approved hours, approved at <paramref name="approvedAt"/>.</summary>
    public async Task VolunteerAsync(string prefecture, VolunteerStatus status, int approvedMinutes = 0, DateTimeOffset? approvedAt = null)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<VolunteersDbContext>>().CreateDbContextAsync();
        var volunteer = new Volunteer
        {
            Id = Guid.NewGuid(), Reference = "V" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), Status = status, Name = "测试志愿者",
            Phone = "139" + RandomNumberGenerator.GetInt32(10_000_000, 99_999_999), PrefectureKey = prefecture,
            SubmittedAt = Cst(2025, 1, 1, 9, 0), UpdatedAt = Cst(2025, 1, 1, 9, 0), Version = Guid.NewGuid(),
        };
        context.Add(volunteer);
        if (approvedMinutes > 0)
        {
            var opportunity = new Opportunity { Id = Guid.NewGuid(), Kind = OpportunityKind.StationCampaign, Title = "车站宣传", PrefectureKey = prefecture, CreatedBy = "coordinator", CreatedAt = approvedAt!.Value.AddDays(-10) };
            var shift = new Shift { Id = Guid.NewGuid(), OpportunityId = opportunity.Id, StartsAt = approvedAt.Value.AddDays(-2), EndsAt = approvedAt.Value.AddDays(-2).AddHours(4), Place = "兰州站", Capacity = 5, Confirmed = 1, Version = Guid.NewGuid() };
            opportunity.Shifts.Add(shift);
            context.Add(opportunity);
            context.Add(new HoursEntry
            {
                ShiftId = shift.Id, VolunteerId = volunteer.Id, Minutes = approvedMinutes, State = HoursState.Approved, LoggedAt = approvedAt.Value.AddDays(-1),
                DecidedBy = "coordinator", DecidedAt = approvedAt, PrefectureKey = prefecture,
            });
        }

        await context.SaveChangesAsync();
    }

    public async Task<OversightActor> SupervisorAsync(params string[] grants)
    {
        var actor = new OversightActor("supervisor-" + Guid.NewGuid().ToString("N")[..8], IsProvincialOffice: false, IsSupervisor: true);
        Assert.Null((await Grants.SetGrantsAsync("admin-test", actor.UserId, grants)).Error);
        return actor;
    }

    public static OversightActor ProvincialOffice() => new("office-" + Guid.NewGuid().ToString("N")[..8], IsProvincialOffice: true, IsSupervisor: false);
}
