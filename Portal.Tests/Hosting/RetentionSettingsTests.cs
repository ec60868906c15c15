using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>A retention period that would purge tips by mistake stops start-up with the setting named.</summary>
[ProcessTest]
public sealed class RetentionSettingsTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task A_retention_period_under_a_day_stops_the_host()
    {
        var result = await PortalProcess.RunAsync(folder.Path, new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = $"Data Source={folder.File("portal.db")}",
            ["Storage__FileSystemRoot"] = folder.File("blobs"),
            ["Tips__Retention__Spam"] = "00:10:00",
        });

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Start-up stopped: Tips:Retention:Spam: must be at least one day", result.Error.Trim(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
