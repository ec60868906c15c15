using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

[ProcessTest]
public sealed partial class CommandLineTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    private Dictionary<string, string> Settings => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["Database__ConnectionString"] = $"Data Source={folder.File("data/portal.db")}",
        ["Storage__FileSystemRoot"] = folder.File("blobs"),
    };

    [Fact]
    public async Task Migrate_creates_the_data_folder_and_every_schema_then_exits()
    {
        var result = await PortalProcess.RunAsync(folder.Path, Settings, "migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Database migrated.", result.Output, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={folder.File("data/portal.db")}");
        await connection.OpenAsync();
        var tables = await TablesAsync(connection);
        Assert.Contains("AspNetUsers", tables);
        Assert.Contains("DataProtectionKeys", tables);
        Assert.Contains("__EFMigrationsHistory_identity", tables);
        Assert.Contains("__EFMigrationsHistory_content", tables);
        Assert.Contains("__EFMigrationsHistory_tips", tables);
    }

    [Fact]
    public async Task Create_admin_prints_a_one_time_password_that_must_be_changed_at_first_sign_in()
    {
        var result = await PortalProcess.RunAsync(folder.Path, Settings, "create-admin", "--email", "first.admin@example.gov.cn");

        Assert.Equal(0, result.ExitCode);
        var password = OneTimePasswordLine().Match(result.Output).Groups["password"].Value;
        Assert.True(password.Length >= 12, result.Output);

        var again = await PortalProcess.RunAsync(folder.Path, Settings, "create-admin", "--email", "first.admin@example.gov.cn");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);

        using var factory = new PortalFactory(null, new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={folder.File("data/portal.db")}",
        });
        using var client = factory.CreateBrowserLikeClient();
        var signIn = await StaffSignIn.PasswordAsync(client, "first.admin@example.gov.cn", password);
        Assert.StartsWith("/account/change-password", HtmlPage.RedirectTarget(signIn), StringComparison.Ordinal);
        var staff = await client.GetAsync("/staff/admin/users");
        Assert.StartsWith("/account/change-password", HtmlPage.RedirectTarget(staff), StringComparison.Ordinal);

        var change = await HtmlPage.GetAsync(client, "/account/change-password");
        var weak = await HtmlPage.ParseAsync(await change.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Current"] = password, ["Input.New"] = "short", ["Input.Confirm"] = "short",
        }));
        Assert.Contains("密码至少需要 12 个字符", weak.Text, StringComparison.Ordinal);

        var changed = await change.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Current"] = password, ["Input.New"] = "Gansu-Admin-Strong-2026!", ["Input.Confirm"] = "Gansu-Admin-Strong-2026!",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var next = await client.GetAsync("/staff/admin/users");
        Assert.StartsWith("/account/enrol-authenticator", HtmlPage.RedirectTarget(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_admin_without_an_email_explains_the_usage()
    {
        var result = await PortalProcess.RunAsync(folder.Path, Settings, "create-admin");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--email", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    [GeneratedRegex(@"One-time password: (?<password>\S+)")]
    private static partial Regex OneTimePasswordLine();
}
