using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Storage.Redis;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting.Pages;
using Portal.Tips.Reporting;

namespace Portal.Tests.MultiNode;

/// <summary>
/// With Redis configured the per-client limits are counted once for all nodes: tips sent half to one node and half
/// to the other stop at the configured count, not at twice it; the nodes agree on the day's client-bucket key.
/// </summary>
[IntegrationTest]
public sealed class SharedLimitsTests
{
    [Fact]
    public async Task Verified_tips_from_one_address_sent_to_two_nodes_stop_at_the_configured_count()
    {
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string?> { ["Tips:SubmissionLimits:Verified"] = "4" });
        var address = IPAddress.Parse("203.0.113.41");
        using var a = nodes.A.CreateBrowserLikeClient(address);
        using var b = nodes.B.CreateBrowserLikeClient(address);

        for (var tip = 0; tip < 4; tip++)
        {
            var node = tip % 2 == 0 ? a : b;
            var posted = await TipForms.SubmitAsync(node, TipForms.Fields($"两个节点轮流收到的第 {tip} 条线索"), solveProofOfWork: true);
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        }

        foreach (var node in new[] { a, b })
        {
            var limited = await HtmlPage.ParseAsync(await TipForms.SubmitAsync(node, TipForms.Fields("第五条，超过限额"), solveProofOfWork: true));
            Assert.Equal(HttpStatusCode.OK, limited.Status);
            Assert.Contains("提交过于频繁", limited.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        }

        using var someoneElse = nodes.B.CreateBrowserLikeClient(IPAddress.Parse("198.51.100.7"));
        Assert.Equal(HttpStatusCode.Redirect, (await TipForms.SubmitAsync(someoneElse, TipForms.Fields("另一个人的线索"), solveProofOfWork: true)).StatusCode);
    }

    [Fact]
    public async Task Two_nodes_make_one_client_the_same_bucket_and_count_its_failures_together()
    {
        var instance = "test-" + Guid.NewGuid().ToString("N")[..12] + ":";
        await using var one = await ConnectAsync(instance);
        await using var two = await ConnectAsync(instance);
        var address = IPAddress.Parse("2001:db8:7:1::5");
        var bucketsOne = new ClientBuckets(TimeProvider.System, Options.Create(new ClientBucketOptions()), new SharedDailyKey(one));
        var bucketsTwo = new ClientBuckets(TimeProvider.System, Options.Create(new ClientBucketOptions()), new SharedDailyKey(two));
        var bucket = bucketsOne.Of(address);
        Assert.Equal(bucket, bucketsTwo.Of(address));
        Assert.NotEqual(bucket, bucketsTwo.Of(IPAddress.Parse("2001:db8:7:2::5")));
        // Without the shared key every node draws its own, and one client is a different bucket on each.
        Assert.NotEqual(
            new ClientBuckets(TimeProvider.System, Options.Create(new ClientBucketOptions())).Of(address),
            new ClientBuckets(TimeProvider.System, Options.Create(new ClientBucketOptions())).Of(address));

        var windowOne = new FailureWindow(TimeProvider.System, limit: 3, TimeSpan.FromMinutes(5), new SharedCounters(one), "test-failures");
        var windowTwo = new FailureWindow(TimeProvider.System, limit: 3, TimeSpan.FromMinutes(5), new SharedCounters(two), "test-failures");
        await windowOne.RecordFailureAsync(bucket);
        await windowTwo.RecordFailureAsync(bucket);
        Assert.False(await windowOne.IsBlockedAsync(bucket));
        await windowOne.RecordFailureAsync(bucket);
        Assert.True(await windowTwo.IsBlockedAsync(bucket));
        Assert.True(await windowOne.IsBlockedAsync(bucket));
        Assert.False(await windowTwo.IsBlockedAsync(bucketsTwo.Of(IPAddress.Parse("2001:db8:7:2::5"))));
    }

    [Fact]
    public async Task A_sliding_count_is_shared_by_the_nodes_and_slides_on_the_clock()
    {
        var instance = "test-" + Guid.NewGuid().ToString("N")[..12] + ":";
        await using var one = await ConnectAsync(instance);
        await using var two = await ConnectAsync(instance);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var onOne = new SlidingWindowCount(clock, new SharedCounters(one), "test-unverified", TimeSpan.FromMinutes(10));
        var onTwo = new SlidingWindowCount(clock, new SharedCounters(two), "test-unverified", TimeSpan.FromMinutes(10));

        await onOne.AddAsync();
        await onOne.AddAsync();
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(3, await onTwo.AddAsync());
        Assert.Equal(3, await onOne.CountAsync());

        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(1, await onOne.CountAsync());
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await onTwo.CountAsync());
    }

    private static async Task<RedisConnection> ConnectAsync(string instance)
    {
        var connection = new RedisConnection(Options.Create(new RedisOptions { Configuration = TestServices.Redis, InstanceName = instance }), NullLogger<RedisConnection>.Instance);
        await connection.WarmUpAsync(CancellationToken.None);
        Assert.NotNull(connection.Database);
        return connection;
    }
}
