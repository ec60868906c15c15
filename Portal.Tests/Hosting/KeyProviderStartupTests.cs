using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Protection;
using TestKeys = Portal.Tests.Infrastructure.TestKeys;

namespace Portal.Tests.Hosting;

/// <summary>A key store that cannot deliver usable keys stops the host with one line naming the setting, as any other bad setting does.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[ProcessTest]
public sealed class KeyProviderStartupTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly KeyDirectory keys = KeyDirectory.WithVersions(
        TestKeys.Settings["Tips:Keys:HashKey"], (1, TestKeys.Settings["Tips:Keys:Versions:1"]));

    [Fact]
    public async Task A_key_file_that_others_can_read_stops_the_host()
    {
        File.SetUnixFileMode(Path.Combine(keys.Path, "kek-1.key"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var line = await SingleErrorLineAsync(new() { ["Tips__Keys__Provider"] = "KeyFile", ["Tips__Keys__KeyFileDirectory"] = keys.Path });

        Assert.Equal("Start-up stopped: Tips:Keys:KeyFileDirectory: 'kek-1.key' is readable or writable by group or others (mode 0644); chmod 600 it.", line);
    }

    [Fact]
    public async Task A_missing_key_directory_stops_the_host()
    {
        var missing = Path.Combine(keys.Path, "gone");

        var line = await SingleErrorLineAsync(new() { ["Tips__Keys__Provider"] = "KeyFile", ["Tips__Keys__KeyFileDirectory"] = missing });

        Assert.Equal($"Start-up stopped: Tips:Keys:KeyFileDirectory: the directory '{missing}' does not exist.", line);
    }

    [Fact]
    public async Task A_malformed_key_file_stops_the_host()
    {
        keys.Write("kek-1.key", "-----BEGIN PRIVATE KEY-----");

        var line = await SingleErrorLineAsync(new() { ["Tips__Keys__Provider"] = "KeyFile", ["Tips__Keys__KeyFileDirectory"] = keys.Path });

        Assert.Equal("Start-up stopped: Tips:Keys:KeyFileDirectory: 'kek-1.key' must hold 32 bytes in base64.", line);
    }

    [Fact]
    public async Task An_unknown_key_provider_stops_the_host()
    {
        var line = await SingleErrorLineAsync(new() { ["Tips__Keys__Provider"] = "HashiCorpVault" });

        Assert.StartsWith("Start-up stopped: Tips:Keys:Provider: 'HashiCorpVault' is not a known key provider;", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_key_vault_stops_the_host()
    {
        var line = await SingleErrorLineAsync(new()
        {
            ["Tips__Keys__Provider"] = "AzureKeyVault",
            ["Tips__Keys__AzureKeyVault__VaultUri"] = "https://127.0.0.1:1/",
        });

        Assert.StartsWith("Start-up stopped: Tips:Keys:AzureKeyVault:VaultUri: the key vault cannot be reached or read (", line, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        keys.Dispose();
        folder.Dispose();
    }

    private async Task<string> SingleErrorLineAsync(Dictionary<string, string> settings)
    {
        settings["Database__ConnectionString"] = $"Data Source={folder.File("portal.db")}";
        settings["Storage__FileSystemRoot"] = folder.File("blobs");
        var result = await PortalProcess.RunAsync(folder.Path, settings);

        Assert.Equal(1, result.ExitCode);
        return Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
