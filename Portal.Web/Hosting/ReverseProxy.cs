using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;

namespace Portal.Web.Hosting;

/// <summary>
/// Section <c>ReverseProxy</c>: the proxies in front of the nodes. Only a request that arrives from one of them may
/// say, in <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c>, who the client was and how it connected; from any
/// other address those headers are ignored, so nobody can pick their own rate-limit bucket or fake HTTPS.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>Addresses of the proxies, e.g. <c>127.0.0.1</c> when nginx runs on the node itself.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. <c>10.20.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in a row may add themselves to <c>X-Forwarded-For</c> (a CDN in front of nginx: 2).</summary>
    [Range(1, 10, ErrorMessage = "ReverseProxy:ForwardLimit: must be between 1 and 10.")]
    public int ForwardLimit { get; set; } = 1;

    public bool IsConfigured => Proxies.Any() || Networks.Any();

    // An environment file template leaves entries blank until they are filled in.
    internal IEnumerable<string> Proxies => KnownProxies.Where(entry => !string.IsNullOrWhiteSpace(entry));

    internal IEnumerable<string> Networks => KnownNetworks.Where(entry => !string.IsNullOrWhiteSpace(entry));
}

internal sealed class ReverseProxyOptionsValidator : IValidateOptions<ReverseProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ReverseProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var index = 0; index < options.KnownProxies.Count; index++)
        {
            if (!string.IsNullOrWhiteSpace(options.KnownProxies[index]) && !IPAddress.TryParse(options.KnownProxies[index], out _))
            {
                failures.Add($"ReverseProxy:KnownProxies:{index}: '{options.KnownProxies[index]}' is not an IP address.");
            }
        }

        for (var index = 0; index < options.KnownNetworks.Count; index++)
        {
            if (!string.IsNullOrWhiteSpace(options.KnownNetworks[index]) && !System.Net.IPNetwork.TryParse(options.KnownNetworks[index], out _))
            {
                failures.Add($"ReverseProxy:KnownNetworks:{index}: '{options.KnownNetworks[index]}' is not a network in CIDR notation, e.g. 10.20.0.0/24.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public static class ReverseProxy
{
    public static IServiceCollection AddPortalReverseProxy(this IServiceCollection services)
    {
        services.AddValidatedOptions<ReverseProxyOptions>(ReverseProxyOptions.SectionName);
        services.AddSingleton<IValidateOptions<ReverseProxyOptions>, ReverseProxyOptionsValidator>();
        // Registered after the framework's own set-up (ASPNETCORE_FORWARDEDHEADERS_ENABLED trusts every sender):
        // whatever that did, only the configured proxies are trusted.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxy) =>
        {
            // With both lists empty the middleware would trust every sender, so no proxy means no forwarded headers at all.
            forwarded.ForwardedHeaders = proxy.Value.IsConfigured
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost
                : ForwardedHeaders.None;
            forwarded.ForwardLimit = proxy.Value.ForwardLimit;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.Proxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.Networks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
