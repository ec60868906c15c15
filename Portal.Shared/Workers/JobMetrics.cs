using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Portal.Shared.Workers;

/// <summary>
/// Rounds of every <see cref="PeriodicWorker"/>: how many ran and how long they took, by worker and outcome. One
/// meter for the process: the workers are the host's, so a second host in the same process (tests) adds to it.
/// </summary>
public static class JobMetrics
{
    public const string MeterName = "Portal.Jobs";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Runs = Meter.CreateCounter<long>(
        "portal.job.runs", "{run}", "Rounds of background jobs, by job and outcome.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "portal.job.duration", "s", "How long a round of a background job took, by job and outcome.");

    /// <summary>Records one round of <paramref name="job"/> that began at <paramref name="startedAt"/> (a timestamp of <paramref name="time"/>).</summary>
    public static void RecordRound(string job, bool succeeded, TimeProvider time, long startedAt)
    {
        ArgumentNullException.ThrowIfNull(time);
        var tags = new TagList { { "job", job }, { "outcome", succeeded ? "succeeded" : "failed" } };
        Runs.Add(1, tags);
        Duration.Record(time.GetElapsedTime(startedAt).TotalSeconds, tags);
    }
}
