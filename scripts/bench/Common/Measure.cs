using System.Diagnostics;
using System.Globalization;

internal sealed record Result(double Median, double P95);

internal static class Measure
{
    /// <summary>Runs the operation <paramref name="warmUp"/> times, then <paramref name="runs"/> times one after another.</summary>
    public static async Task<Result> RunAsync(string name, Func<Task> operation, int runs, int warmUp = 20)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await operation();
        }

        if (runs == 0)
        {
            return new Result(0, 0);
        }

        var latencies = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation();
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(latencies);
        var result = new Result(latencies[runs / 2], latencies[(int)Math.Ceiling(runs * 0.95) - 1]);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: median {result.Median:F2} ms, p95 {result.P95:F2} ms"));
        return result;
    }
}
