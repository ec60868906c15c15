using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Portal.Shared.Workers;
using Xunit;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.SharedKit;

[UnitTest]
public sealed class PeriodicWorkerTests
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Runs_a_round_at_start_and_one_each_period_of_the_injected_clock()
    {
        var time = new FakeTimeProvider();
        using var worker = new CountingWorker(time);
        await worker.StartAsync(CancellationToken.None);

        await worker.WaitForRoundsAsync(1);
        time.Advance(Period - TimeSpan.FromSeconds(1));
        await Task.Delay(50);
        Assert.Equal(1, worker.Rounds);

        time.Advance(TimeSpan.FromSeconds(1));
        await worker.WaitForRoundsAsync(2);
        time.Advance(Period);
        await worker.WaitForRoundsAsync(3);

        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failing_round_is_logged_and_the_next_one_runs()
    {
        var time = new FakeTimeProvider();
        using var worker = new CountingWorker(time) { FailFirst = true };
        await worker.StartAsync(CancellationToken.None);

        await worker.WaitForRoundsAsync(1);
        Assert.Single(worker.Failures);
        time.Advance(Period);
        await worker.WaitForRoundsAsync(2);
        Assert.Single(worker.Failures);
        Assert.False(worker.ExecuteTask!.IsFaulted);

        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Start_up_does_not_wait_on_a_round_that_blocks()
    {
        var time = new FakeTimeProvider();
        using var release = new ManualResetEventSlim();
        using var worker = new CountingWorker(time) { Block = release };

        var start = worker.StartAsync(CancellationToken.None);
        Assert.True(start.IsCompleted, "StartAsync waited on the first round");
        await start;
        release.Set();
        await worker.WaitForRoundsAsync(1);

        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Stopping_ends_the_loop_without_a_fault()
    {
        var time = new FakeTimeProvider();
        using var worker = new CountingWorker(time);
        await worker.StartAsync(CancellationToken.None);
        await worker.WaitForRoundsAsync(1);

        await worker.StopAsync(CancellationToken.None);

        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
        time.Advance(Period * 3);
        await Task.Delay(50);
        Assert.Equal(1, worker.Rounds);
    }

    [Fact]
    public async Task A_disabled_worker_runs_no_round()
    {
        var time = new FakeTimeProvider();
        using var worker = new CountingWorker(time) { On = false };
        await worker.StartAsync(CancellationToken.None);
        time.Advance(Period * 2);
        await Task.Delay(50);

        Assert.Equal(0, worker.Rounds);
        await worker.StopAsync(CancellationToken.None);
    }

    private sealed class CountingWorker(TimeProvider time) : PeriodicWorker(time, NullLogger.Instance)
    {
        private int rounds;

        public bool FailFirst { get; init; }

        public bool On { get; init; } = true;

        public ManualResetEventSlim? Block { get; init; }

        public List<Exception> Failures { get; } = [];

        public int Rounds => Volatile.Read(ref rounds);

        protected override TimeSpan Period => PeriodicWorkerTests.Period;

        protected override bool Enabled => On;

        public async Task WaitForRoundsAsync(int count)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Rounds < count)
            {
                Assert.True(waited.Elapsed < Patience, $"{Rounds} rounds ran, not {count}");
                await Task.Delay(10);
            }
        }

        protected override Task RunRoundAsync(CancellationToken stoppingToken)
        {
            Block?.Wait(Patience, stoppingToken);
            var round = Interlocked.Increment(ref rounds);
            return FailFirst && round == 1 ? throw new InvalidOperationException("first round fails") : Task.CompletedTask;
        }

        protected override void OnRoundFailed(Exception exception)
        {
            lock (Failures)
            {
                Failures.Add(exception);
            }
        }
    }
}
