using Microsoft.Extensions.Options;
using Portal.Storage.Redis;

namespace Portal.Web.Reporting;

/// <summary>
/// A portal-wide cap on tips that come without a passed human check, per minute
/// (<see cref="TipSubmissionLimitOptions.UnverifiedPortalWidePerMinute"/>): a flood from many addresses, each under
/// its own limit, cannot fill the police queue, while verified tips still land. Counted over a sliding minute, across
/// nodes in Redis when it is configured (per node in memory otherwise). Refused tips count too, so the breaker stays
/// open while the flood lasts and closes a minute after it stops.
/// </summary>
public sealed class UnverifiedTipBreaker(TimeProvider time, IOptions<TipSubmissionLimitOptions> options, SharedCounters? shared = null)
{
    private readonly SlidingWindowCount lastMinute = new(time, shared, "tips-unverified-portal", TimeSpan.FromMinutes(1), slots: 6);

    /// <summary>Counts an unverified tip; false when the portal has taken its cap of them in the last minute.</summary>
    public async Task<bool> TryAdmitAsync() => await lastMinute.AddAsync() <= options.Value.UnverifiedPortalWidePerMinute;
}
