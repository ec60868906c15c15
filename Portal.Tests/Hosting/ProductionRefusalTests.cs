using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>
/// A Production node that would put tips or reporters at risk does not start: it names the setting on one line and
/// exits with 1. Each case starts from settings that do serve (ProductionSettings) and breaks one thing.
/// </summary>
[ProcessTest]
public sealed class ProductionRefusalTests : IDisposable
{
    // The Development values from appsettings.Development.json: published, so never acceptable in Production.
    private const string DevelopmentKek = "pRitDpfKIRhCw1xk0+Xlk2YlCDdn0RM/6wZnyNgudW0=";
    private const string DevelopmentHashKey = "IgyHL6H17cebuaLh1K8ViaKVRkwzqg1nCLiMjSO9tjQ=";
    private const string DevelopmentAntiBotKey = "IyPDe0CCvukMK3tZU1b8fp2ny5d+ytM7Q6qo/bAO3dY8";

    private readonly TemporaryFolder folder = new();

    public static TheoryData<string, string, string> UnsafeSettings => new()
    {
        { "DataProtection__CertificatePath", "", "DataProtection:CertificatePath" },
        { "ReverseProxy__KnownProxies__0", "", "ReverseProxy:KnownProxies" },
        { "Tips__Keys__Versions__1", DevelopmentKek, "Tips:Keys" },
        { "Tips__Keys__HashKey", DevelopmentHashKey, "Tips:Keys:HashKey" },
        { "Tips__AntiBot__HmacKey", DevelopmentAntiBotKey, "Tips:AntiBot:HmacKey" },
        { "Tips__AntiBot__Recaptcha__SiteVerifyUrl", "http://127.0.0.1:1/recaptcha/api/siteverify", "Tips:AntiBot:Recaptcha:SiteVerifyUrl" },
        { "Database__MigrateOnStart", "false", "Database:MigrateOnStart" },
    };

    [Theory]
    [MemberData(nameof(UnsafeSettings))]
    public async Task An_unsafe_production_node_refuses_to_start_naming_the_setting(string variable, string value, string namedSetting)
    {
        var environment = Settings();
        environment[variable] = value;

        var result = await PortalProcess.RunAsync(folder.Path, environment);

        AssertRefused(result, namedSetting);
    }

    [Fact]
    public async Task A_node_that_does_not_migrate_serves_once_the_owner_has_migrated()
    {
        var migrated = await PortalProcess.RunAsync(folder.Path, Settings(), "migrate");
        Assert.Equal(0, migrated.ExitCode);

        var environment = Settings();
        environment["Database__MigrateOnStart"] = "false";
        using var node = await RunningPortal.StartAsync(folder.Path, RunningPortal.FreePort(), environment);
        using var client = new HttpClient(ProductionSettings.TrustingHandler()) { BaseAddress = node.Address };

        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task A_database_that_holds_the_demo_accounts_is_refused_in_production()
    {
        var development = Settings();
        development["ASPNETCORE_ENVIRONMENT"] = "Development";
        using (await RunningPortal.StartAsync(folder.Path, RunningPortal.FreePort(), development))
        {
            // Started: the Development host has seeded its demo accounts into the database.
        }

        var result = await PortalProcess.RunAsync(folder.Path, Settings());

        AssertRefused(result, "Database:ConnectionString");
        Assert.Contains("demo", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private static void AssertRefused(PortalProcess.Result result, string namedSetting)
    {
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Start-up stopped: " + namedSetting + ":", line, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["Database__ConnectionString"] = $"Data Source={folder.File("portal.db")}",
        ["Storage__Provider"] = "FileSystem",
        ["Storage__FileSystemRoot"] = folder.File("blobs"),
        ["Tips__AntiBot__Recaptcha__Enabled"] = "true",
        ["Tips__AntiBot__Recaptcha__SiteKey"] = "test-site-key",
        ["Tips__AntiBot__Recaptcha__Secret"] = "test-secret",
        ["Tips__AntiBot__Recaptcha__AllowedHostnames__0"] = "portal.example",
    };
}
