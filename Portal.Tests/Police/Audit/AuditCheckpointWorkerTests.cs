using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Storage.Blobs;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;

namespace Portal.Tests.Police.Audit;

/// <summary>
/// The running host checkpoints the audit's head by itself, every <c>Tips:Audit:CheckpointEvery</c>: a signed
/// checkpoint lands in the blob store and in one log line, and none is written while the head stays put.
/// </summary>
[IntegrationTest]
public abstract class AuditCheckpointWorkerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    protected CapturingLoggerProvider Logs { get; } = new();

    protected abstract PortalFactory Portal { get; }

    protected static Dictionary<string, string?> EverySecond => new() { [$"{AuditOptions.SectionName}:CheckpointEvery"] = "00:00:01" };

    [Fact]
    public async Task The_worker_writes_a_signed_checkpoint_to_the_blob_store_and_the_log_when_the_head_moves()
    {
        var audit = Portal.Services.GetRequiredService<TipAuditLog>();
        var checkpoints = Portal.Services.GetRequiredService<TipAuditCheckpoints>();
        var blobs = Portal.Services.GetRequiredService<IBlobStore>();
        for (var i = 0; i < 3; i++)
        {
            await audit.AppendAsync(new AuditRecord("officer-worker", TipAuditActions.View, Guid.NewGuid(), $"round={i}"));
        }

        var head = (await audit.VerifyAsync()).HeadHash!;
        var latest = await EventuallyAsync(async () => (await checkpoints.ReadLatestAsync()).Checkpoint is { Sequence: 3 } found ? found : null);

        Assert.True((await checkpoints.ReadLatestAsync()).Valid);
        Assert.Equal(head, latest.Link);
        Assert.Equal(3, latest.Count);
        var kept = checkpoints.Read(await ReadAsync(blobs, TipAuditCheckpoints.KeyOf(3)), "kept");
        Assert.True(kept.Valid, kept.Problem);
        Assert.Equal(latest.SignatureHex, kept.Checkpoint!.SignatureHex);
        var line = Assert.Single(Logs.Lines, l => l.Contains("Tip audit checkpoint: entry 3,", StringComparison.Ordinal));
        Assert.Contains($"link {latest.LinkHex}, 3 entries", line, StringComparison.Ordinal);
        Assert.Contains($"signature {latest.SignatureHex}, blob audit/checkpoints/000000000003.json", line, StringComparison.Ordinal);

        // Several more rounds pass with the head where it was: nothing new is written or logged. (A round may have
        // caught the appends half done and checkpointed entry 1 or 2 before.)
        var written = Logs.Lines.Count(l => l.Contains("Tip audit checkpoint:", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(latest.At, (await checkpoints.ReadLatestAsync()).Checkpoint!.At);
        Assert.Equal(written, Logs.Lines.Count(l => l.Contains("Tip audit checkpoint:", StringComparison.Ordinal)));

        await audit.AppendAsync(new AuditRecord("officer-worker", TipAuditActions.View, Guid.NewGuid(), "round=3"));
        await EventuallyAsync(async () => (await checkpoints.ReadLatestAsync()).Checkpoint is { Sequence: 4 } found ? found : null);
        Assert.True(await blobs.ExistsAsync(TipAuditCheckpoints.KeyOf(3)));
        Assert.True(await blobs.ExistsAsync(TipAuditCheckpoints.KeyOf(4)));
    }

    private static async Task<string> ReadAsync(IBlobStore blobs, string key)
    {
        await using var download = (await blobs.OpenReadAsync(key))!;
        using var reader = new StreamReader(download.Content, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(waited.Elapsed < Patience, "No checkpoint was written in time.");
            await Task.Delay(200);
        }
    }

    /// <summary>The test host, keeping every log line.</summary>
    protected sealed class LoggingPortalFactory(string? postgres, CapturingLoggerProvider logs) : PortalFactory(postgres, EverySecond)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddFilter<CapturingLoggerProvider>("Portal", LogLevel.Information).AddProvider(logs));
        }
    }
}

public sealed class SqliteAuditCheckpointWorkerTests : AuditCheckpointWorkerTests, IDisposable
{
    private readonly LoggingPortalFactory portal;

    public SqliteAuditCheckpointWorkerTests() => portal = new LoggingPortalFactory(null, Logs);

    protected override PortalFactory Portal => portal;

    public void Dispose()
    {
        portal.Dispose();
        Logs.Dispose();
    }
}

public sealed class PostgresAuditCheckpointWorkerTests : AuditCheckpointWorkerTests, IAsyncLifetime
{
    private readonly LoggingFixture fixture;

    public PostgresAuditCheckpointWorkerTests() => fixture = new LoggingFixture(Logs);

    protected override PortalFactory Portal => fixture.Portal;

    public Task InitializeAsync() => fixture.InitializeAsync();

    public async Task DisposeAsync()
    {
        await fixture.DisposeAsync();
        Logs.Dispose();
    }

    private sealed class LoggingFixture(CapturingLoggerProvider logs) : PostgresPortalFixture
    {
        protected override PortalFactory CreatePortal(string connectionString) => new LoggingPortalFactory(connectionString, logs);
    }
}
