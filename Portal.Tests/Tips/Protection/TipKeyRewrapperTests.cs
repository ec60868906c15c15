using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Protection;
using Portal.Web.Hosting;

namespace Portal.Tests.Tips.Protection;

[IntegrationTest]
public sealed class TipKeyRewrapperTests : IAsyncLifetime, IDisposable
{
    private readonly PortalFactory portal = new();
    private readonly List<Guid> tips = [];

    private IDbContextFactory<TipsDbContext> Contexts => portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>();

    /// <summary>The test host's version 1 (from its configuration) and a new version 2, current.</summary>
    private static KeyEncryptionKeyProvider Rotated(bool keepVersion1 = true)
    {
        var options = new TipKeyOptions
        {
            CurrentVersion = 2,
            HashKey = Infrastructure.TestKeys.Settings["Tips:Keys:HashKey"],
            Versions = { ["2"] = TestKeys.Kek2 },
        };
        if (keepVersion1)
        {
            options.Versions["1"] = Infrastructure.TestKeys.Settings["Tips:Keys:Versions:1"];
        }

        return new KeyEncryptionKeyProvider(Options.Create(options), new KeyRingLoader());
    }

    public async Task InitializeAsync()
    {
        var intake = portal.Services.GetRequiredService<TipIntake>();
        for (var i = 0; i < 5; i++)
        {
            tips.Add((await intake.SubmitAsync(TipSubmissions.Valid())).TipId!.Value);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task An_interrupted_run_is_finished_by_running_it_again()
    {
        var rewrapper = new TipKeyRewrapper(new TipsContexts(Contexts), Rotated());
        using var stopAfterFirstBatch = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rewrapper.RewrapAllAsync(
            batchSize: 2, new InlineProgress(_ => stopAfterFirstBatch.Cancel()), stopAfterFirstBatch.Token));
        Assert.Equal(new Dictionary<int, int> { [1] = 3, [2] = 2 }, await VersionsAsync());

        var resumed = await rewrapper.RewrapAllAsync(batchSize: 2);

        Assert.Equal((5, 3, 2, 0), (resumed.Checked, resumed.Rewrapped, resumed.AlreadyCurrent, resumed.Unreadable));
        Assert.Equal(new Dictionary<int, int> { [2] = 5 }, await VersionsAsync());
        var retired = new TipFollowUp(new TipsContexts(Contexts), new TipKeyring(Rotated(keepVersion1: false), new Portal.Tips.Sealing.UnitRecipients(TimeProvider.System), new Portal.Tips.Sealing.IntakeSealer(TimeProvider.System)), new Portal.Tips.Reporting.ReceiptHashes(Rotated(keepVersion1: false)), TimeProvider.System);
        foreach (var tip in tips)
        {
            Assert.NotNull(await retired.ViewAsync(tip));
        }
    }

    [Fact]
    public async Task A_key_under_a_version_no_longer_in_the_ring_is_counted_left_alone_and_fails_the_command()
    {
        var lost = new WrappedKey(7, new byte[60]).ToBytes();
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            await db.Set<Tip>().Where(tip => tip.Id == tips[0]).ExecuteUpdateAsync(update => update.SetProperty(tip => tip.WrappedDataKey, lost));
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await new RewrapTipKeysCommand(new TipKeyRewrapper(new TipsContexts(Contexts), Rotated()), Rotated(), output, error).RunAsync(null);

        Assert.Equal(1, exitCode);
        Assert.Contains("done: 5 checked, 4 rewrapped, 0 already current, 1 unreadable.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("data keys by version before this run: version 1: 4, version 7: 1.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 data keys could not be unwrapped", error.ToString(), StringComparison.Ordinal);
        await using var after = await Contexts.CreateDbContextAsync();
        Assert.Equal(lost, (await after.Set<Tip>().SingleAsync(tip => tip.Id == tips[0])).WrappedDataKey);
    }

    [Fact]
    public async Task A_bad_batch_size_is_refused_before_anything_is_touched()
    {
        using var error = new StringWriter();

        var exitCode = await new RewrapTipKeysCommand(new TipKeyRewrapper(new TipsContexts(Contexts), Rotated()), Rotated(), TextWriter.Null, error).RunAsync("0");

        Assert.Equal(2, exitCode);
        Assert.Contains("--batch-size must be a whole number above 0", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(new Dictionary<int, int> { [1] = 5 }, await VersionsAsync());
    }

    private async Task<Dictionary<int, int>> VersionsAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var wrapped = await db.Set<Tip>().Select(tip => tip.WrappedDataKey).ToListAsync();
        return wrapped.GroupBy(bytes => WrappedKey.FromBytes(bytes).KekVersion).ToDictionary(group => group.Key, group => group.Count());
    }

    private sealed class InlineProgress(Action<TipKeyRewrapResult> report) : IProgress<TipKeyRewrapResult>
    {
        public void Report(TipKeyRewrapResult value) => report(value);
    }
}
