using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Portal.Content.Alerts;
using Portal.Content.Common;
using Portal.Content.Publication;
using Portal.Content.Types;
using Portal.Web.Content.Api;
using Portal.Web.PublicSite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.PublicSite;

/// <summary>A page listing alerts is tagged as an alert list and its cache entry ends no later than the soonest expiry it shows.</summary>
[UnitTest]
public sealed class AlertCacheLifetimeTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_cache_entry_ends_at_the_soonest_expiry_when_that_is_sooner_than_the_policy()
    {
        var (http, cache) = Request();
        using var eviction = Eviction();

        eviction.Apply(http, ContentCultures.English, [Alert(TimeSpan.FromSeconds(12)), Alert(TimeSpan.FromDays(1))]);

        Assert.Equal(TimeSpan.FromSeconds(12), cache.ResponseExpirationTimeSpan);
        Assert.Contains(ContentCacheTags.TypeList(ContentType.Alert, ContentCultures.English), cache.Tags);
    }

    [Fact]
    public void A_far_expiry_keeps_the_policys_lifetime_and_no_alerts_only_tags()
    {
        var (http, cache) = Request();
        using var eviction = Eviction();

        eviction.Apply(http, ContentCultures.Chinese, [Alert(TimeSpan.FromHours(3))]);
        Assert.Equal(AnonymousContentCachePolicy.Expiration, cache.ResponseExpirationTimeSpan);

        var (emptyHttp, emptyCache) = Request();
        eviction.Apply(emptyHttp, ContentCultures.Chinese, []);
        Assert.Equal(AnonymousContentCachePolicy.Expiration, emptyCache.ResponseExpirationTimeSpan);
        Assert.Contains(ContentCacheTags.TypeList(ContentType.Alert, ContentCultures.Chinese), emptyCache.Tags);
    }

    private AlertExpiryEviction Eviction()
    {
        var store = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider().GetRequiredService<IOutputCacheStore>();
        return new AlertExpiryEviction(store, clock, NullLogger<AlertExpiryEviction>.Instance);
    }

    private ActiveAlert Alert(TimeSpan left) =>
        new(Guid.NewGuid(), ContentCultures.Chinese, "slug", "title", null, AlertKind.UrgentNotice, clock.GetUtcNow() + left, null, clock.GetUtcNow());

    private static (HttpContext Http, OutputCacheContext Cache) Request()
    {
        var http = new DefaultHttpContext();
        var cache = new OutputCacheContext { HttpContext = http, ResponseExpirationTimeSpan = AnonymousContentCachePolicy.Expiration };
        http.Features.Set<IOutputCacheFeature>(new CacheFeature(cache));
        return (http, cache);
    }

    private sealed class CacheFeature(OutputCacheContext context) : IOutputCacheFeature
    {
        public OutputCacheContext Context { get; } = context;
    }
}
