using System.Net;
using System.Threading.RateLimiting;
using Portal.Tips.FollowUp;

namespace Portal.Web.TipReporting;

/// <summary>
/// Submissions per client bucket (an HMAC of the address, see <see cref="ClientBuckets"/>): a tip that passed
/// the proof of work may come 10 times in 10 minutes, one without it (no JavaScript) 3 times. Never zero:
/// a real tip is not refused for lacking a proof of work.
/// </summary>
public sealed class TipSubmissionLimits(ClientBuckets buckets) : IDisposable
{
    private readonly PartitionedRateLimiter<string> verified = Create(10);
    private readonly PartitionedRateLimiter<string> unverified = Create(3);

    public bool TryAcquire(IPAddress? client, bool verified)
    {
        var limiter = verified ? this.verified : unverified;
        using var lease = limiter.AttemptAcquire(buckets.Of(client));
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        verified.Dispose();
        unverified.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int permits) =>
        PartitionedRateLimiter.Create<string, string>(bucket => RateLimitPartition.GetFixedWindowLimiter(bucket, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(10),
            QueueLimit = 0,
        }));
}
