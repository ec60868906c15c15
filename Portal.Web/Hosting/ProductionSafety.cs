using Microsoft.Extensions.Options;
using Portal.Tips.AntiBot;
using Portal.Tips.Protection;
using Portal.Web.Identity;

namespace Portal.Web.Hosting;

/// <summary>
/// What a Production host checks before it serves, each a way to lose every tip or every reporter: an unprotected
/// key ring (a database copy forges any staff cookie), no TLS anywhere in front of it, keys everyone has from the
/// repository, a bot check that talks to its verifier in the clear, and demo accounts whose passwords are public.
/// Each refusal is one line that names the setting; docs/operations.md says what to do about each.
/// </summary>
internal static class ProductionSafety
{
    public static async Task CheckAsync(WebApplication app)
    {
        if (!app.Environment.IsProduction())
        {
            return;
        }

        var services = app.Services;
        if (string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<KeyRingProtectionOptions>>().Value.CertificatePath))
        {
            throw new StartupFailureException("DataProtection:CertificatePath: Production needs the key ring encrypted at rest: set a PKCS#12 certificate with its private key (docs/operations.md, keys). Without it a copy of the database is enough to forge any staff sign-in.");
        }

        if (!services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.IsConfigured && !ServesHttps(app.Configuration))
        {
            throw new StartupFailureException("ReverseProxy:KnownProxies: Production needs TLS: name the TLS-terminating proxy in front of this node (ReverseProxy:KnownProxies or KnownNetworks), or give Kestrel an https address.");
        }

        if (services.GetRequiredService<PublishedKeyCheck>().FindPublishedKey() is { } published)
        {
            throw new StartupFailureException(published);
        }

        var recaptcha = services.GetRequiredService<IOptions<AntiBotOptions>>().Value.Recaptcha;
        if (recaptcha.Enabled && recaptcha.SiteVerifyUrl.Scheme != Uri.UriSchemeHttps)
        {
            throw new StartupFailureException("Tips:AntiBot:Recaptcha:SiteVerifyUrl: Production verifies tokens over https only; the secret would otherwise cross the network in the clear.");
        }

        if (await DevelopmentDemoAccounts.FindAnyAsync(services) is { } demo)
        {
            throw new StartupFailureException($"Database:ConnectionString: the identity database holds the Development demo account {demo}, whose password is public; this database came from a Development run: delete the demo accounts or start from a new database.");
        }
    }

    /// <summary>Whether Kestrel itself listens on https (ASPNETCORE_URLS, --urls, ASPNETCORE_HTTPS_PORTS or Kestrel:Endpoints).</summary>
    private static bool ServesHttps(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"] ?? string.Empty));
        return urls.Any(url => url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrWhiteSpace(configuration["https_ports"]);
    }
}
