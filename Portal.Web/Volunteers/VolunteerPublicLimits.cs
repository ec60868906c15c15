using Portal.Storage.Redis;
using Portal.Tips.Reporting;

namespace Portal.Web.Volunteers;

/// <summary>
/// Limits on the public volunteer forms, per client bucket (an HMAC of the address under a daily key, as on the tip
/// routes; no address is kept; counted in Redis across nodes when it is configured): status look-ups that find nothing (a reference and phone guessed in
/// turn), and sign-ups, which a script could otherwise use to fill the coordinators' queue.
/// </summary>
public sealed class VolunteerPublicLimits(ClientBuckets buckets, TimeProvider time, SharedCounters? shared = null)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly FailureWindow missedLookups = new(time, limit: 10, Window, shared, "volunteer-lookup");
    private readonly FailureWindow signUps = new(time, limit: 5, Window, shared, "volunteer-sign-up");

    public Task<bool> LookupBlockedAsync(HttpContext context) => missedLookups.IsBlockedAsync(BucketOf(context));

    public Task RecordMissedLookupAsync(HttpContext context) => missedLookups.RecordFailureAsync(BucketOf(context));

    public Task<bool> SignUpBlockedAsync(HttpContext context) => signUps.IsBlockedAsync(BucketOf(context));

    public Task RecordSignUpAsync(HttpContext context) => signUps.RecordFailureAsync(BucketOf(context));

    private string BucketOf(HttpContext context) => buckets.Of(context.Connection.RemoteIpAddress);
}
