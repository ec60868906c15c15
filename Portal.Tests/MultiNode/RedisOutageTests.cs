using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Content.Common;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting.Pages;
using Portal.Web.Content;

namespace Portal.Tests.MultiNode;

/// <summary>
/// Redis is a help, never a condition: with no server where the settings point, or with the server stopped while
/// the site runs, public pages and tips are served (the cache misses), limits go on limiting on each node, and the
/// log says so in a few lines, not one per request.
/// </summary>
[IntegrationTest]
public sealed class RedisOutageTests
{
    private const string Unavailable = "Redis is unavailable";

    [Fact]
    public async Task With_nothing_listening_where_Redis_should_be_the_site_serves_and_limits_per_node()
    {
        using var logs = new CapturingLoggerProvider();
        using var portal = new LoggedPortalFactory(logs, Settings($"127.0.0.1:{RunningPortal.FreePort()}"));
        using var reader = portal.CreateClient();
        var url = await PublishedPageAsync(portal);

        for (var i = 0; i < 20; i++)
        {
            using var page = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.False(page.Headers.Contains("Age")); // no shared store, so nothing cached: a miss every time
        }

        await AssertTipsAreTakenThenLimitedAsync(portal, IPAddress.Parse("203.0.113.61"));
        // The warning comes with the first use after the connection attempt gives up (its timeout, 2 s). On a loaded
        // machine the requests above can all come before that; then the next ones must bring it, and once only.
        var until = TimeProvider.System.GetUtcNow().AddSeconds(20);
        while (Warnings(logs) == 0 && TimeProvider.System.GetUtcNow() < until)
        {
            using var page = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            await Task.Delay(200);
        }

        Assert.InRange(Warnings(logs), 1, 2);
    }

    private static int Warnings(CapturingLoggerProvider logs) => logs.Lines.Count(line => line.Contains(Unavailable, StringComparison.Ordinal));

    [Fact]
    public async Task A_Redis_server_stopped_mid_test_turns_into_cache_misses_and_limits_per_node()
    {
        using var redis = new RedisServerProcess();
        await redis.StartAsync();
        using var logs = new CapturingLoggerProvider();
        using var portal = new LoggedPortalFactory(logs, Settings(redis.Configuration));
        using var reader = portal.CreateClient();
        var url = await PublishedPageAsync(portal);
        using (var first = await reader.GetAsync(url))
        using (var second = await reader.GetAsync(url))
        {
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
            Assert.True(second.Headers.Contains("Age")); // served from Redis while it runs
        }

        await redis.StopAsync();

        for (var i = 0; i < 20; i++)
        {
            using var page = await reader.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        await AssertTipsAreTakenThenLimitedAsync(portal, IPAddress.Parse("203.0.113.62"));
        Assert.InRange(logs.Lines.Count(line => line.Contains(Unavailable, StringComparison.Ordinal)), 1, 2);
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> Settings(string redis) => new()
    {
        ["Redis:Configuration"] = redis,
        ["Redis:InstanceName"] = "test-" + Guid.NewGuid().ToString("N")[..12] + ":",
        ["Tips:SubmissionLimits:Verified"] = "2",
    };

    private static async Task<string> PublishedPageAsync(PortalFactory portal)
    {
        var newsroom = await PortalNewsroom.CreateAsync(portal.Services);
        var item = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("Redis 停机时的防拐提示")));
        return ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, item.Slug);
    }

    /// <summary>Two tips are taken, the third from the same address is refused: the node counts on its own.</summary>
    private static async Task AssertTipsAreTakenThenLimitedAsync(PortalFactory portal, IPAddress address)
    {
        using var client = portal.CreateBrowserLikeClient(address);
        for (var tip = 0; tip < 2; tip++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await TipForms.SubmitAsync(client, TipForms.Fields($"Redis 不在时的第 {tip} 条线索"), solveProofOfWork: true)).StatusCode);
        }

        var limited = await HtmlPage.ParseAsync(await TipForms.SubmitAsync(client, TipForms.Fields("第三条"), solveProofOfWork: true));
        Assert.Equal(HttpStatusCode.OK, limited.Status);
        Assert.Contains("提交过于频繁", limited.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    private sealed class LoggedPortalFactory(CapturingLoggerProvider logs, IDictionary<string, string?> settings) : PortalFactory(null, settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }
}
