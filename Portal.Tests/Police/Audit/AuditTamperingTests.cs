using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Storage.Blobs;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Protection;
using Portal.Web.Hosting;

namespace Portal.Tests.Police.Audit;

/// <summary>
/// An insider with the database owner's rights but without the tip keys edits, deletes, reorders or cuts off audit
/// entries, recomputing plain hashes where that would help them: <c>verify-audit</c> catches each, by the keyed
/// links or by the signed checkpoint in the blob store, and trusts no checkpoint the portal did not sign.
/// </summary>
[IntegrationTest]
public abstract class AuditTamperingTests
{
    private static readonly Guid TipId = Guid.NewGuid();

    protected abstract PortalFactory Portal { get; }

    /// <summary>Removes the append-only triggers, as the database owner can.</summary>
    protected abstract Task DropTriggersAsync();

    private TipAuditLog Audit => Portal.Services.GetRequiredService<TipAuditLog>();

    private TipAuditCheckpoints Checkpoints => Portal.Services.GetRequiredService<TipAuditCheckpoints>();

    private AuditInsider Insider => new(Portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>());

    [Fact]
    public async Task An_intact_chain_verifies_against_its_checkpoint()
    {
        await AppendAsync(4);
        Assert.Equal(CheckpointOutcome.Written, (await Checkpoints.WriteAsync()).Outcome);
        await AppendAsync(2);

        var (exit, output, error) = await VerifyAsync();

        Assert.True(exit == 0, output + error);
        Assert.Contains("verify-audit: 6 entries checked, every link verifies with the key.", output, StringComparison.Ordinal);
        Assert.Contains("the latest checkpoint, entry 4 of ", output, StringComparison.Ordinal);
        Assert.Contains("is still in the chain; 2 entries were added since.", output, StringComparison.Ordinal);
        Assert.Contains("verify-audit: the chain is intact.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_made_before_a_KEK_rotation_still_verify_after_it()
    {
        await AppendAsync(3);
        var rotated = new KeyEncryptionKeyProvider(
            Options.Create(new TipKeyOptions { CurrentVersion = 2, HashKey = TestKeys.Settings["Tips:Keys:HashKey"], Versions = { ["2"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) } }),
            new KeyRingLoader());
        var afterRotation = new TipAuditLog(new TipsContexts(Portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>()), rotated, TimeProvider.System);

        await afterRotation.AppendAsync(new AuditRecord("officer-tamper", TipAuditActions.View, TipId, "after rotation"));

        var verification = await afterRotation.VerifyAsync();
        Assert.True(verification.Intact, verification.Problem);
        Assert.Equal(4, verification.EntriesChecked);
    }

    [Fact]
    public async Task An_edited_entry_is_found_even_when_the_insider_relinks_the_rest()
    {
        await AppendCheckpointedAsync(6);
        var entries = await Insider.ReadAsync();
        entries[2].Detail = "round=99";

        await Insider.ReplaceAsync(entries);
        await AssertBrokenAsync("BROKEN at entry 3: its content does not match its link. 2 entries before it are intact.");

        await Insider.ReplaceAsync(entries, relinkFrom: 2);
        await AssertBrokenAsync("BROKEN at entry 3: its content does not match its link.");
        Assert.Equal(CheckpointOutcome.Refused, (await Checkpoints.WriteAsync()).Outcome);
    }

    [Fact]
    public async Task An_entry_forged_after_the_checkpoint_is_found_and_never_signed()
    {
        await AppendCheckpointedAsync(6);
        var entries = await Insider.ReadAsync();
        var forged = AuditInsider.Copy(entries[5]);
        forged.Sequence = 7;
        forged.Detail = "forged";

        await Insider.ReplaceAsync([.. entries, forged], relinkFrom: 6);

        Assert.Equal(CheckpointOutcome.Refused, (await Checkpoints.WriteAsync()).Outcome);
        Assert.Equal(6, (await Checkpoints.ReadLatestAsync()).Checkpoint!.Sequence);
        await AssertBrokenAsync("BROKEN at entry 7: its content does not match its link.");
    }

    [Fact]
    public async Task A_deleted_entry_is_found_even_when_the_insider_renumbers_and_relinks_the_rest()
    {
        await AppendCheckpointedAsync(6);
        var entries = await Insider.ReadAsync();
        var withoutFourth = entries.Where(e => e.Sequence != 4).ToList();

        await Insider.ReplaceAsync(withoutFourth);
        await AssertBrokenAsync("BROKEN at entry 4: entry 4 is missing.");

        await Insider.ReplaceAsync(AuditInsider.Renumbered(withoutFourth), relinkFrom: 3);
        await AssertBrokenAsync("BROKEN at entry 4: its content does not match its link.");
    }

    [Fact]
    public async Task Two_swapped_entries_are_found_even_when_the_insider_relinks_them()
    {
        await AppendCheckpointedAsync(6);
        var entries = await Insider.ReadAsync();
        (entries[2], entries[3]) = (entries[3], entries[2]);
        var swapped = AuditInsider.Renumbered(entries);

        await Insider.ReplaceAsync(swapped);
        await AssertBrokenAsync("BROKEN at entry 3: it does not link to the entry before it.");

        await Insider.ReplaceAsync(swapped, relinkFrom: 2);
        await AssertBrokenAsync("BROKEN at entry 3: its content does not match its link.");
    }

    [Fact]
    public async Task A_tail_cut_back_past_the_last_checkpoint_is_found_and_regrown_entries_do_not_hide_it()
    {
        await AppendCheckpointedAsync(6);
        var entries = await Insider.ReadAsync();

        // The chain that is left is perfectly linked: only the checkpoint knows it was longer.
        await Insider.ReplaceAsync(entries.Take(4).ToList());
        await AssertBrokenAsync("the chain has 4 entries, but the checkpoint of ");
        Assert.Equal(CheckpointOutcome.Refused, (await Checkpoints.WriteAsync()).Outcome);

        // Two harmless entries in place of the cut ones, with plain hashes, to make up the count and the head.
        var regrown = entries.Take(4).Concat(entries.Skip(4).Select(e => { var copy = AuditInsider.Copy(e); copy.Detail = "harmless"; return copy; })).ToList();
        await Insider.ReplaceAsync(regrown, relinkFrom: 4);
        await AssertBrokenAsync("BROKEN at entry 5: its content does not match its link.");
        Assert.Equal(CheckpointOutcome.Refused, (await Checkpoints.WriteAsync()).Outcome);
    }

    [Fact]
    public async Task A_forged_or_missing_checkpoint_is_reported_and_not_trusted()
    {
        await AppendCheckpointedAsync(6);
        var entries = await Insider.ReadAsync();
        await Insider.ReplaceAsync(entries.Take(4).ToList());
        var blobs = Portal.Services.GetRequiredService<IBlobStore>();
        var genuine = (await Checkpoints.ReadLatestAsync()).Checkpoint!;

        // A checkpoint of the shortened chain, with the genuine signature, and then with a made-up one.
        var shortened = genuine with { Sequence = 4, Count = 4, Link = entries[3].Hash };
        await UploadAsync(blobs, shortened.ToJson());
        await AssertBrokenAsync("BROKEN: audit/checkpoints/latest.json (entry 4) is not signed with the portal's key: it was forged or altered; it is not trusted.");
        await UploadAsync(blobs, (shortened with { Signature = new byte[32] }).ToJson());
        await AssertBrokenAsync("is not signed with the portal's key");
        await UploadAsync(blobs, "{}");
        await AssertBrokenAsync("BROKEN: audit/checkpoints/latest.json is not a checkpoint; it is not trusted.");

        await blobs.DeleteAsync(TipAuditCheckpoints.LatestKey);
        await AssertBrokenAsync("NOT VERIFIED: the chain has 4 entries but the blob store holds no checkpoint");
    }

    [Fact]
    public async Task An_older_genuine_checkpoint_put_back_is_caught_by_a_copy_kept_elsewhere()
    {
        await AppendAsync(4);
        await Checkpoints.WriteAsync();
        await AppendAsync(2);
        var (_, newest) = await Checkpoints.WriteAsync();
        using var keptElsewhere = new TemporaryFolder();
        var copy = keptElsewhere.File("checkpoint.json");
        await File.WriteAllTextAsync(copy, newest!.ToJson());
        await DropTriggersAsync();

        // With the blob store's key too, the insider cuts the tail and puts checkpoint 4 back as the latest.
        await Insider.ReplaceAsync((await Insider.ReadAsync()).Take(4).ToList());
        var blobs = Portal.Services.GetRequiredService<IBlobStore>();
        await using (var older = (await blobs.OpenReadAsync(TipAuditCheckpoints.KeyOf(4)))!)
        {
            await blobs.UploadAsync(TipAuditCheckpoints.LatestKey, older.Content, "application/json");
        }

        var (exit, output, error) = await VerifyAsync();
        Assert.True(exit == 0, output + error); // what the blob store alone can no longer show
        (exit, output, error) = await VerifyAsync(copy);
        Assert.True(exit == 1, output + error);
        Assert.Contains("BROKEN: the chain has 4 entries, but the checkpoint of ", error, StringComparison.Ordinal);
        Assert.Contains("recorded 6: entries were removed from its end.", error, StringComparison.Ordinal);
    }

    private async Task AppendAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Audit.AppendAsync(new AuditRecord("officer-tamper", TipAuditActions.View, TipId, $"round={i}"));
        }
    }

    /// <summary>Appends entries 1 to <paramref name="count"/>, checkpoints the head and drops the triggers.</summary>
    private async Task AppendCheckpointedAsync(int count)
    {
        await AppendAsync(count);
        var (outcome, checkpoint) = await Checkpoints.WriteAsync();
        Assert.Equal(CheckpointOutcome.Written, outcome);
        Assert.Equal(count, checkpoint!.Sequence);
        await DropTriggersAsync();
        var (exit, output, error) = await VerifyAsync();
        Assert.True(exit == 0, output + error);
    }

    private async Task AssertBrokenAsync(string expected)
    {
        var (exit, output, error) = await VerifyAsync();
        Assert.True(exit == 1, output + error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Error)> VerifyAsync(string? checkpointFile = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await new VerifyAuditCommand(Audit, Checkpoints, output, error).RunAsync(expectedHead: null, checkpointFile);
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task UploadAsync(IBlobStore blobs, string json)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(json));
        await blobs.UploadAsync(TipAuditCheckpoints.LatestKey, content, "application/json");
    }
}

public sealed class SqliteAuditTamperingTests : AuditTamperingTests, IDisposable
{
    private readonly ManualCheckpointsPortalFactory portal = new(null);

    protected override PortalFactory Portal => portal;

    protected override async Task DropTriggersAsync()
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER \"TipAudit_NoUpdate\"; DROP TRIGGER \"TipAudit_NoDelete\";";
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => portal.Dispose();
}

public sealed class PostgresAuditTamperingTests : AuditTamperingTests, IAsyncLifetime
{
    private readonly Fixture fixture = new();

    protected override PortalFactory Portal => fixture.Portal;

    protected override async Task DropTriggersAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("DROP TRIGGER tip_audit_append_only ON tips.\"TipAudit\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();

    private sealed class Fixture : PostgresPortalFixture
    {
        protected override PortalFactory CreatePortal(string connectionString) => new ManualCheckpointsPortalFactory(connectionString);
    }
}

/// <summary>The test host without the checkpoint worker, so that only the test writes checkpoints, when it means to.</summary>
internal sealed class ManualCheckpointsPortalFactory(string? postgres) : PortalFactory(postgres)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            foreach (var worker in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(AuditCheckpointWorker)).ToList())
            {
                services.Remove(worker);
            }
        });
    }
}
