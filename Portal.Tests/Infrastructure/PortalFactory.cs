using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real portal host (Program.cs) on a throw-away database and blob folder. SQLite by default;
/// pass a PostgreSQL connection string to run the same host on PostgreSQL.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder folder = new();
    private readonly Dictionary<string, string?> settings;

    public PortalFactory()
        : this(null)
    {
    }

    internal PortalFactory(string? postgresConnectionString, IDictionary<string, string?>? extraSettings = null)
    {
        // Outside Development every cookie is Secure, so clients speak https to the test server, as browsers do.
        ClientOptions.BaseAddress = SecureBaseAddress;
        settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = postgresConnectionString is null ? "Sqlite" : "Postgres",
            ["Database:ConnectionString"] = postgresConnectionString ?? $"Data Source={folder.File("portal.db")}",
            ["Storage:Provider"] = "FileSystem",
            ["Storage:FileSystemRoot"] = folder.File("blobs"),
        };
        foreach (var (key, value) in TestKeys.Settings)
        {
            settings[key] = value;
        }

        // A null value removes a default, e.g. a key version that a rotation test retires.
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }
    }

    public static Uri SecureBaseAddress { get; } = new("https://localhost");

    public string Environment { get; init; } = "Testing";

    public string DataFolder => folder.Path;

    /// <summary>The address of the Kestrel server after <c>UseKestrel(0)</c> and <c>StartServer()</c>.</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = SecureBaseAddress });

    /// <summary>A browser-like client that comes from its own network address (see <see cref="ClientAddressFilter"/>).</summary>
    public HttpClient CreateBrowserLikeClient(System.Net.IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var client = CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, address.ToString());
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // Outside Development the host only serves published assets; tests run from the build output instead.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            folder.Dispose();
        }
    }
}
