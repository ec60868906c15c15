using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>A broken deployment stops at once with one line that names the setting to fix, and a non-zero exit code.</summary>
[ProcessTest]
public sealed class StartupFailureTests : IDisposable
{
    private const string UnreachableAzurite =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    private readonly TemporaryFolder folder = new();

    public static TheoryData<string, string, string, string, string> BrokenSettings => new()
    {
        { "Oracle", "Data Source=portal.db", "FileSystem", "", "Database:Provider" },
        { "Postgres", "", "FileSystem", "", "Database:ConnectionString" },
        { "Postgres", "Host=127.0.0.1;Port=1;Username=postgres;Timeout=3", "FileSystem", "", "Database:ConnectionString" },
        { "Sqlite", "Data Source=portal.db", "Dropbox", "", "Storage:Provider" },
        { "Sqlite", "Data Source=portal.db", "AzureBlob", "", "Storage:AzureConnectionString" },
        { "Sqlite", "Data Source=portal.db", "AzureBlob", "AccountKey=not base64!;no-such-thing", "Storage:AzureConnectionString" },
        { "Sqlite", "Data Source=portal.db", "AzureBlob", UnreachableAzurite, "Storage:AzureConnectionString" },
    };

    [Theory]
    [MemberData(nameof(BrokenSettings))]
    public async Task A_bad_setting_stops_the_host_with_one_line_naming_it(string provider, string connectionString, string storage, string azure, string namedSetting)
    {
        var result = await PortalProcess.RunAsync(folder.Path, new Dictionary<string, string>
        {
            ["Database__Provider"] = provider,
            ["Database__ConnectionString"] = connectionString,
            ["Storage__Provider"] = storage,
            ["Storage__FileSystemRoot"] = folder.File("blobs"),
            ["Storage__AzureConnectionString"] = azure,
        });

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Start-up stopped: " + namedSetting + ":", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_named_and_refused()
    {
        var result = await PortalProcess.RunAsync(folder.Path, new Dictionary<string, string>
        {
            ["Database__ConnectionString"] = $"Data Source={folder.File("portal.db")}",
            ["Storage__FileSystemRoot"] = folder.File("blobs"),
        }, "make-coffee");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown command 'make-coffee'", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
