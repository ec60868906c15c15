using System.Net;
using Npgsql;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Web;

/// <summary>
/// PostgreSQL restarting or unreachable: readers and reporters get a 503 "temporarily unavailable" page in both
/// languages with Retry-After, not a 500 "something went wrong", and the portal serves again by itself once the
/// database is back. The database is taken away through a forwarder that the test cuts and restores.
/// </summary>
[IntegrationTest]
public sealed class DatabaseOutageTests : IAsyncLifetime, IDisposable
{
    private readonly PostgresDatabaseFixture database = PostgresDatabaseFixture.Migrated();
    private readonly TcpForwarder forwarder;

    public DatabaseOutageTests()
    {
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        forwarder = new TcpForwarder(server.Host!, server.Port);
    }

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        forwarder.Start();
    }

    public async Task DisposeAsync()
    {
        forwarder.Cut();
        await database.DisposeAsync();
    }

    public void Dispose() => forwarder.Dispose();

    [Fact]
    public async Task A_database_outage_is_a_bilingual_503_and_the_portal_recovers_by_itself()
    {
        var throughForwarder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = forwarder.Port, Timeout = 3 }.ToString();
        await using var portal = new PortalFactory(throughForwarder);
        using var client = portal.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Search("before"))).StatusCode);

        forwarder.Cut();
        using var down = await client.GetAsync(Search("during"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), down.Headers.RetryAfter?.Delta);
        var page = await down.Content.ReadAsStringAsync();
        Assert.Contains("服务暂时无法使用", page, StringComparison.Ordinal);
        Assert.Contains("temporarily unavailable", page, StringComparison.Ordinal);
        Assert.DoesNotContain("出错了", page, StringComparison.Ordinal);

        forwarder.Start();
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 20 && status != HttpStatusCode.OK; attempt++)
        {
            using var again = await client.GetAsync(Search($"after-{attempt}"));
            status = again.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(500);
            }
        }

        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static Uri Search(string words) => new($"/search?q={Uri.EscapeDataString("拐卖 " + words)}", UriKind.Relative);
}
