using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.Storage.Redis;
using Portal.Tips.Reporting;

namespace Portal.Web.Reporting;

/// <summary>Section <c>Tips:SubmissionLimits</c>: tips per client bucket in each window.</summary>
public sealed class TipSubmissionLimitOptions
{
    public const string SectionName = "Tips:SubmissionLimits";

    /// <summary>Tips that passed the proof of work.</summary>
    public int Verified { get; set; } = 10;

    /// <summary>Tips without it (the reporter had no JavaScript): fewer, never none.</summary>
    public int Unverified { get; set; } = 3;

    /// <summary>
    /// Unverified tips from all clients together per minute (<see cref="UnverifiedTipBreaker"/>); over it an unverified
    /// tip is refused with a message and the form comes back filled in.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Tips:SubmissionLimits:UnverifiedPortalWidePerMinute: must be between 1 and 100000.")]
    public int UnverifiedPortalWidePerMinute { get; set; } = 30;

    /// <summary>Files sent with forms or added later, whatever became of them.</summary>
    public int Files { get; set; } = 40;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Tips:SubmissionLimits:Window: must be between 1 second and 1 day.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Submissions per client bucket (an HMAC of the address, see <see cref="ClientBuckets"/>), with a stricter
/// limit for tips that come without a proof of work. A real tip is not refused for lacking one. With several nodes
/// (Redis configured) every node counts in one shared fixed window per bucket, so N nodes do not allow N times the
/// limit; while Redis cannot be reached each node counts on its own.
/// </summary>
public sealed class TipSubmissionLimits : IDisposable
{
    private readonly ClientBuckets buckets;
    private readonly SharedCounters? shared;
    private readonly TimeSpan window;
    private readonly Limit verified;
    private readonly Limit unverified;
    private readonly Limit files;

    public TipSubmissionLimits(ClientBuckets buckets, IOptions<TipSubmissionLimitOptions> options, SharedCounters? shared = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.buckets = buckets;
        this.shared = shared;
        var limits = options.Value;
        window = limits.Window;
        verified = new("tips-verified", Math.Max(1, limits.Verified), window);
        unverified = new("tips-unverified", Math.Max(1, limits.Unverified), window);
        files = new("tip-files", Math.Max(1, limits.Files), window);
    }

    public Task<bool> TryAcquireAsync(IPAddress? client, bool verified) => TryAcquireAsync(verified ? this.verified : unverified, client);

    public Task<bool> TryAcquireFileAsync(IPAddress? client) => TryAcquireAsync(files, client);

    public void Dispose()
    {
        files.Local.Dispose();
        verified.Local.Dispose();
        unverified.Local.Dispose();
    }

    private async Task<bool> TryAcquireAsync(Limit limit, IPAddress? client)
    {
        var bucket = buckets.Of(client);
        if (shared is not null && await shared.IncrementAsync(limit.Name, bucket, window) is { } count)
        {
            return count <= limit.Permits;
        }

        using var lease = limit.Local.AttemptAcquire(bucket);
        return lease.IsAcquired;
    }

    /// <summary>One limit: its name in Redis, its permits per window, and the in-memory limiter a node falls back on.</summary>
    private sealed record Limit(string Name, int Permits, TimeSpan Window)
    {
        public PartitionedRateLimiter<string> Local { get; } =
            PartitionedRateLimiter.Create<string, string>(bucket => RateLimitPartition.GetFixedWindowLimiter(bucket, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Permits,
                Window = Window,
                QueueLimit = 0,
            }));
    }
}
