using Microsoft.AspNetCore.Identity;
using Portal.Storage.Redis;
using Portal.Tips.Reporting;

namespace Portal.Web.Identity;

/// <summary>
/// Guessing passwords is limited per client bucket (an HMAC of the address under a daily key; no address is kept;
/// counted in Redis across nodes when it is configured) as well as per account. The client limit is below the account's lock-out threshold, so one address can no
/// longer keep an officer locked out: its guesses stop before the account's count reaches the lock.
/// </summary>
public sealed class SignInLimits(ClientBuckets buckets, TimeProvider time, SharedCounters? shared = null)
{
    public const int AccountLockoutThreshold = 5;
    public const int ClientFailures = AccountLockoutThreshold - 1;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly FailureWindow failures = new(time, ClientFailures, Window, shared, "staff-sign-in");
    private string? decoyHash;

    public Task<bool> BlockedAsync(HttpContext context) => failures.IsBlockedAsync(BucketOf(context));

    public Task RecordFailureAsync(HttpContext context) => failures.RecordFailureAsync(BucketOf(context));

    /// <summary>
    /// For an e-mail that has no account: spends the time a real password check takes, so the answer's timing does not
    /// tell which addresses have accounts.
    /// </summary>
    public void CheckAgainstDecoy(IPasswordHasher<PortalUser> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        decoyHash ??= hasher.HashPassword(new PortalUser(), Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(new PortalUser(), decoyHash, password);
    }

    private string BucketOf(HttpContext context) => buckets.Of(context.Connection.RemoteIpAddress);
}
