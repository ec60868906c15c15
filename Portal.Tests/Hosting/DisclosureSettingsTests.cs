using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>Identity disclosure approved by one unit's members alone stops start-up with the setting named.</summary>
[ProcessTest]
public sealed class DisclosureSettingsTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task Two_approvers_of_the_same_part_stop_the_host()
    {
        var result = await PortalProcess.RunAsync(folder.Path, new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = $"Data Source={folder.File("portal.db")}",
            ["Storage__FileSystemRoot"] = folder.File("blobs"),
            ["Tips__Sealing__Disclosure__Approvers__0"] = "Supervisor",
            ["Tips__Sealing__Disclosure__Approvers__1"] = "LocalOfficer",
        });

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Start-up stopped: Tips:Sealing:Disclosure:Approvers: name two approvers", result.Error.Trim(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
