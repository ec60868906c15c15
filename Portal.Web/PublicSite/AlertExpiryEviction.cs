using Microsoft.AspNetCore.OutputCaching;
using Portal.Content.Alerts;
using Portal.Content.Common;
using Portal.Content.Publication;
using Portal.Content.Types;

namespace Portal.Web.PublicSite;

/// <summary>
/// Keeps an expired alert out of cached pages. A page that lists alerts is tagged with the alert lists
/// (<see cref="ContentCacheTags.TypeList"/>), so publishing or unpublishing an alert evicts it; an alert that simply
/// expires changes no data, so: (1) the page's cache entry lives no longer than until the soonest expiry it shows, and
/// (2) at that expiry this node evicts the alert lists by tag, which also catches a page stored just before the expiry.
/// </summary>
public sealed partial class AlertExpiryEviction(IOutputCacheStore store, TimeProvider time, ILogger<AlertExpiryEviction> logger) : IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<DateTimeOffset, ITimer> timers = [];

    public static readonly TimeSpan Horizon = TimeSpan.FromDays(1);

    /// <summary>The tags of every page that lists alerts, in any culture.</summary>
    public static IReadOnlyList<string> Tags { get; } = [.. ContentCultures.All.Select(c => ContentCacheTags.TypeList(ContentType.Alert, c))];

    /// <summary>Tags the response as an alert list and bounds its cache life by the soonest expiry among the alerts it shows.</summary>
    public void Apply(HttpContext context, string culture, IReadOnlyList<ActiveAlert> alerts)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(alerts);
        if (context.Features.Get<IOutputCacheFeature>()?.Context is not { } cache)
        {
            return;
        }

        cache.Tags.Add(ContentCacheTags.TypeList(ContentType.Alert, culture));
        if (alerts.Count == 0)
        {
            return;
        }

        var soonest = alerts.Min(a => a.ExpiresAt);
        var left = soonest - time.GetUtcNow();
        var lifetime = left < TimeSpan.Zero ? TimeSpan.Zero : left;
        cache.ResponseExpirationTimeSpan = cache.ResponseExpirationTimeSpan is { } set && set < lifetime ? set : lifetime;
        EvictAt(soonest);
    }

    /// <summary>
    /// Evicts every alert list at this moment (one timer per distinct expiry). An expiry more than
    /// <see cref="Horizon"/> away is left to a later render (pages are rendered again at least once a policy lifetime
    /// while they are read); that also keeps the timers short and few.
    /// </summary>
    public void EvictAt(DateTimeOffset at)
    {
        var due = at - time.GetUtcNow();
        if (due <= TimeSpan.Zero || due > Horizon)
        {
            return;
        }

        lock (gate)
        {
            if (!timers.ContainsKey(at))
            {
                timers[at] = time.CreateTimer(_ => _ = FireAsync(at), null, due, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var timer in timers.Values)
            {
                timer.Dispose();
            }

            timers.Clear();
        }
    }

    private async Task FireAsync(DateTimeOffset at)
    {
        lock (gate)
        {
            if (timers.Remove(at, out var timer))
            {
                timer.Dispose();
            }
        }

        try
        {
            foreach (var tag in Tags)
            {
                await store.EvictByTagAsync(tag, CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The entries still end by themselves at the expiry (their lifetime was bounded by it).
            LogEvictionFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evicting the alert lists from the output cache at an alert's expiry failed.")]
    private partial void LogEvictionFailed(Exception exception);
}
