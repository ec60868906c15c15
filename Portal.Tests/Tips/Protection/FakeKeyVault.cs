using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Tests.Tips.Protection;

/// <summary>
/// A real HTTPS Kestrel server on a free loopback port that answers the few Key Vault secrets REST calls the
/// SDK makes (list a secret's versions, page by page; get one version), with Key Vault's bearer challenge: a
/// request without the expected token gets 401 and <c>WWW-Authenticate: Bearer authorization=…, resource=…</c>.
/// Its certificate is self-signed for <see cref="VaultUri"/>'s host, which <see cref="LoopbackKeyVaultClients"/>
/// pins and routes to this port, so the SDK runs unchanged, challenge resource verification included.
/// </summary>
internal sealed class FakeKeyVault : IAsyncDisposable
{
    public const string Token = "fake-vault-token-for-tests";
    public static readonly Uri VaultUri = new("https://portal-test.vault.azure.net/");

    private const int PageSize = 2;

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, List<SecretVersion>> secrets = new(StringComparer.OrdinalIgnoreCase);
    private int requests;

    private FakeKeyVault(WebApplication app, X509Certificate2 certificate)
    {
        this.app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public int Port { get; private set; }

    /// <summary>Every request that reached the vault, challenges included.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>The scopes the credential was asked for, as the SDK derived them from the challenge.</summary>
    public ConcurrentQueue<string> RequestedScopes { get; } = new();

    public static async Task<FakeKeyVault> StartAsync()
    {
        var certificate = SelfSignedCertificate(VaultUri.Host);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var vault = new FakeKeyVault(app, certificate);
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref vault.requests);
            if (context.Request.Headers.Authorization != $"Bearer {Token}")
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate =
                    "Bearer authorization=\"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47\", resource=\"https://vault.azure.net\"";
                await context.Response.WriteAsJsonAsync(Error("Unauthorized", "AKV10000: Request is missing a Bearer or PoP token."));
                return;
            }

            await next(context);
        });
        app.MapGet("/secrets/{name}/versions", (string name, int? skip) => vault.ListVersions(name, skip ?? 0));
        app.MapGet("/secrets/{name}/{version}", (string name, string version) => vault.GetVersion(name, version));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        vault.Port = address.Port;
        return vault;
    }

    /// <summary>Like <c>az keyvault secret set</c>: a new version of the secret; returns its version id.</summary>
    public string SetSecret(string name, string value, IDictionary<string, string>? tags = null)
    {
        var version = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        secrets.GetOrAdd(name, _ => []).Add(new SecretVersion(version, value, new Dictionary<string, string>(tags ?? new Dictionary<string, string>())));
        return version;
    }

    /// <summary>Like <c>az keyvault secret set-attributes --enabled false</c>.</summary>
    public void Disable(string name, string version) => secrets[name].Single(entry => entry.Version == version).Enabled = false;

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        Certificate.Dispose();
    }

    private IResult ListVersions(string name, int skip)
    {
        if (!secrets.TryGetValue(name, out var versions))
        {
            return Results.Json(Error("SecretNotFound", $"A secret with (name/id) {name} was not found in this key vault."), statusCode: 404);
        }

        var page = versions.Skip(skip).Take(PageSize).Select(entry => new Dictionary<string, object>
        {
            ["id"] = Id(name, entry.Version),
            ["attributes"] = Attributes(entry),
            ["tags"] = entry.Tags,
        }).ToList();
        var nextSkip = skip + PageSize;
        var nextLink = nextSkip < versions.Count
            ? new Uri(VaultUri, string.Create(CultureInfo.InvariantCulture, $"secrets/{name}/versions?api-version=7.6&skip={nextSkip}")).ToString()
            : null;
        return Results.Json(new Dictionary<string, object?> { ["value"] = page, ["nextLink"] = nextLink });
    }

    private IResult GetVersion(string name, string version)
    {
        var entry = secrets.TryGetValue(name, out var versions) ? versions.SingleOrDefault(candidate => candidate.Version == version) : null;
        if (entry is null)
        {
            return Results.Json(Error("SecretNotFound", $"A secret with (name/id) {name}/{version} was not found in this key vault."), statusCode: 404);
        }

        if (!entry.Enabled)
        {
            return Results.Json(Error("Forbidden", "Operation get is not allowed on a disabled secret."), statusCode: 403);
        }

        return Results.Json(new Dictionary<string, object>
        {
            ["value"] = entry.Value,
            ["id"] = Id(name, entry.Version),
            ["attributes"] = Attributes(entry),
            ["tags"] = entry.Tags,
        });
    }

    private static string Id(string name, string version) => new Uri(VaultUri, $"secrets/{name}/{version}").ToString();

    private static Dictionary<string, object> Attributes(SecretVersion entry) => new()
    {
        ["enabled"] = entry.Enabled,
        ["created"] = 1_785_000_000,
        ["updated"] = 1_785_000_000,
        ["recoveryLevel"] = "Recoverable+Purgeable",
    };

    private static Dictionary<string, object> Error(string code, string message) =>
        new() { ["error"] = new Dictionary<string, string> { ["code"] = code, ["message"] = message } };

    private static X509Certificate2 SelfSignedCertificate(string host)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={host}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = TimeProvider.System.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        // Kestrel on Linux needs the private key in a form SslStream can use; a PKCS#12 round trip gives it one.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    private sealed class SecretVersion(string version, string value, Dictionary<string, string> tags)
    {
        public string Version { get; } = version;

        public string Value { get; } = value;

        public Dictionary<string, string> Tags { get; } = tags;

        public bool Enabled { get; set; } = true;
    }
}
