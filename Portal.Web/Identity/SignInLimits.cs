using Microsoft.AspNetCore.Identity;
using Portal.Tips.Reporting;

namespace Portal.Web.Identity;

/// <summary>
/// Guessing passwords is limited per client bucket (an HMAC of the address under a daily in-memory key; no address is
/// kept) as well as per account. The client limit is below the account's lock-out threshold, so one address can no
/// longer keep an officer locked out: its guesses stop before the account's count reaches the lock.
/// </summary>
public sealed class SignInLimits(ClientBuckets buckets, TimeProvider time)
{
    public const int AccountLockoutThreshold = 5;
    public const int ClientFailures = AccountLockoutThreshold - 1;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly FailureWindow failures = new(time, ClientFailures, Window);
    private string? decoyHash;

    public bool Blocked(HttpContext context) => failures.IsBlocked(BucketOf(context));

    public void RecordFailure(HttpContext context) => failures.RecordFailure(BucketOf(context));

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
