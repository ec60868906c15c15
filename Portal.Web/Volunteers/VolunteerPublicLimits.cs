using Portal.Tips.Reporting;

namespace Portal.Web.Volunteers;

/// <summary>
/// Limits on the public volunteer forms, per client bucket (an HMAC of the address under a daily in-memory key, as
/// on the tip routes; no address is kept): status look-ups that find nothing (a reference and phone guessed in
/// turn), and sign-ups, which a script could otherwise use to fill the coordinators' queue.
/// </summary>
public sealed class VolunteerPublicLimits(ClientBuckets buckets, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly FailureWindow missedLookups = new(time, limit: 10, Window);
    private readonly FailureWindow signUps = new(time, limit: 5, Window);

    public bool LookupBlocked(HttpContext context) => missedLookups.IsBlocked(BucketOf(context));

    public void RecordMissedLookup(HttpContext context) => missedLookups.RecordFailure(BucketOf(context));

    public bool SignUpBlocked(HttpContext context) => signUps.IsBlocked(BucketOf(context));

    public void RecordSignUp(HttpContext context) => signUps.RecordFailure(BucketOf(context));

    private string BucketOf(HttpContext context) => buckets.Of(context.Connection.RemoteIpAddress);
}
