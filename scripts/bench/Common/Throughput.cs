using System.Diagnostics;
using System.Globalization;

internal sealed record Throughput(double PerSecond, double P50, double P99, double CpuMilliseconds)
{
    /// <summary>
    /// Runs the operation on <paramref name="concurrency"/> workers, each starting the next as soon as its last one ends,
    /// until <paramref name="duration"/> has passed; operations per second, latency percentiles in milliseconds, and this
    /// process's CPU time per operation (all its threads, so on a busy machine a truer cost than the rate).
    /// </summary>
    public static async Task<Throughput> MeasureAsync(string name, Func<Task> operation, TimeSpan duration, int concurrency)
    {
        var latencies = new List<double>[concurrency];
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                await operation();
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpuPerOperation = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var result = new Throughput(all.Length / elapsed, all[all.Length / 2], all[(int)Math.Min(all.Length - 1, Math.Ceiling(all.Length * 0.99) - 1)], cpuPerOperation / all.Length);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {all.Length} in {elapsed:F1} s = {result.PerSecond:F0}/s, p50 {result.P50:F1} ms, p99 {result.P99:F1} ms, CPU {result.CpuMilliseconds:F2} ms each"));
        return result;
    }
}
