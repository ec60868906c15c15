using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Rewards;

namespace Portal.Tests.Rewards;

/// <summary>
/// A reward claim left on the earlier claim form (name and phone, one per tip), stored as the reward workflow keeps it (a
/// Requested reward with the claimant sealed as <c>reward-claimant/{id}</c>), is a request the police see and can
/// turn into a proposal, its sealed contact still readable after a restart.
/// </summary>
[IntegrationTest]
public abstract class RewardMigrationTests
{
    protected abstract PortalFactory StartPortal();

    protected abstract void CloseConnections();

    [Fact]
    public async Task A_claim_from_before_the_workflow_is_a_request_the_police_can_read_and_propose_on()
    {
        var claimId = Guid.NewGuid();
        var claimedAt = new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero);
        Guid tipId;
        byte[] sealedClaimant;
        await using (var before = StartPortal())
        {
            tipId = await new RewardHarness(before.Services).TipAsync("620102");
            await using var context = await before.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
            var tip = await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId);
            // As the earlier claim form's RewardClaims.ClaimAsync sealed it: a record with Name and Phone.
            sealedClaimant = TipKeyring.Seal(before.Services.GetRequiredService<TipKeyring>().Open(tip), tipId, $"reward-claimant/{claimId:N}", new { Name = "王五", Phone = "13900001111" });

            var postgres = context.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
            const string Columns = "(\"Id\", \"TipId\", \"Status\", \"CreatedAt\", \"Method\", \"EncryptedLegacyClaimant\", \"Version\") VALUES ({0}, {1}, 'Requested', {2}, 'None', {3}, 0)";
            await context.Database.ExecuteSqlRawAsync(
                postgres ? "INSERT INTO tips.\"Rewards\" " + Columns : "INSERT INTO \"Rewards\" " + Columns,
                postgres ? claimId : (object)claimId.ToString().ToUpperInvariant(),
                postgres ? tipId : (object)tipId.ToString().ToUpperInvariant(),
                claimedAt.UtcTicks,
                sealedClaimant);
        }

        CloseConnections();
        await using var after = StartPortal();
        var desk = new RewardHarness(after.Services);
        var stored = await desk.StoredAsync(claimId);
        Assert.Equal((tipId, RewardStatus.Requested, RewardPayoutMethod.None, claimedAt), (stored.TipId, stored.Status, stored.Method, stored.CreatedAt));
        Assert.Equal(sealedClaimant, stored.EncryptedLegacyClaimant);
        Assert.Equal(ReporterRewardState.Requested, (await desk.Workflow.AvailableAsync(tipId))!.State);

        var officer = await desk.OfficerAsync("620100");
        var supervisor = await desk.SupervisorAsync("620102");
        Assert.Contains(await desk.Workflow.ListAsync(officer, RewardStatus.Requested), r => r.Id == claimId && r.HasLegacyClaimant);
        Assert.Equal(new LegacyClaimant("王五", "13900001111"), await desk.Workflow.LegacyClaimantAsync(officer, claimId));
        Assert.Equal(claimId, await desk.ProposedAsync(tipId, officer));
        Assert.Null((await desk.Workflow.ApproveAsync(supervisor, claimId)).Error);
        Assert.Equal(ReporterRewardState.Available, (await desk.Workflow.AvailableAsync(tipId))!.State);
    }
}

public sealed class SqliteRewardMigrationTests : RewardMigrationTests, IDisposable
{
    private readonly TemporaryFolder folder = new();

    protected override PortalFactory StartPortal()
    {
        var portal = new PortalFactory(null, new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={folder.File("portal.db")}",
            ["Storage:FileSystemRoot"] = folder.File("blobs"),
        });
        _ = portal.Services;
        return portal;
    }

    protected override void CloseConnections() => SqliteConnection.ClearAllPools();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}

public sealed class PostgresRewardMigrationTests : RewardMigrationTests, IAsyncLifetime
{
    private readonly PostgresDatabaseFixture database = new();

    protected override PortalFactory StartPortal()
    {
        var portal = new PortalFactory(database.ConnectionString);
        _ = portal.Services;
        return portal;
    }

    protected override void CloseConnections() => Npgsql.NpgsqlConnection.ClearAllPools();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();
}
