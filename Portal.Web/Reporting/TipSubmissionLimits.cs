using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
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

    /// <summary>Files sent with forms or added later, whatever became of them.</summary>
    public int Files { get; set; } = 40;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Tips:SubmissionLimits:Window: must be between 1 second and 1 day.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Submissions per client bucket (an HMAC of the address, see <see cref="ClientBuckets"/>), with a stricter
/// limit for tips that come without a proof of work. A real tip is not refused for lacking one.
/// </summary>
public sealed class TipSubmissionLimits : IDisposable
{
    private readonly ClientBuckets buckets;
    private readonly PartitionedRateLimiter<string> verified;
    private readonly PartitionedRateLimiter<string> unverified;
    private readonly PartitionedRateLimiter<string> files;

    public TipSubmissionLimits(ClientBuckets buckets, IOptions<TipSubmissionLimitOptions> options)
    {
        this.buckets = buckets;
        var limits = options.Value;
        verified = Create(Math.Max(1, limits.Verified), limits.Window);
        unverified = Create(Math.Max(1, limits.Unverified), limits.Window);
        files = Create(Math.Max(1, limits.Files), limits.Window);
    }

    public bool TryAcquire(IPAddress? client, bool verified)
    {
        var limiter = verified ? this.verified : unverified;
        using var lease = limiter.AttemptAcquire(buckets.Of(client));
        return lease.IsAcquired;
    }

    public bool TryAcquireFile(IPAddress? client)
    {
        using var lease = files.AttemptAcquire(buckets.Of(client));
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        files.Dispose();
        verified.Dispose();
        unverified.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(bucket => RateLimitPartition.GetFixedWindowLimiter(bucket, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        }));
}
