using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Portal.Rehearsal;

/// <summary>
/// HTTP clients as a browser on another machine would be: the rehearsal's host name resolved to 127.0.0.1, the
/// rehearsal CA trusted, cookies kept, redirects not followed (so each step sees them), and optionally a chosen
/// loopback source address, which is the client address nginx sees.
/// </summary>
internal static class Clients
{
    public static HttpClient ThroughNginx(Settings settings, string? sourceAddress = null, CookieContainer? cookies = null)
    {
        using var ca = X509CertificateLoader.LoadCertificateFromFile(settings.CaPath);
        var trusted = new X509Certificate2Collection(X509CertificateLoader.LoadCertificate(ca.RawData));
        var handler = Handler(sourceAddress, 443, cookies);
        handler.SslOptions = new SslClientAuthenticationOptions
        {
            CertificateChainPolicy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, CustomTrustStore = { trusted[0] }, RevocationMode = X509RevocationMode.NoCheck },
        };
        return new HttpClient(handler)
        {
            BaseAddress = settings.BaseUrl,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>
    /// Straight to one node over plain http, bypassing nginx: what a client inside the network could try. Such a
    /// client sends back every cookie it was given, Secure ones included (a browser would not over http).
    /// </summary>
    public static HttpClient Direct(Uri node, string? sourceAddress = null)
    {
        var handler = Handler(sourceAddress, node.Port, null);
        handler.UseCookies = false;
        return new(new EveryCookieJar { InnerHandler = handler }) { BaseAddress = node, Timeout = TimeSpan.FromSeconds(60) };
    }

    private static SocketsHttpHandler Handler(string? sourceAddress, int _, CookieContainer? cookies) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = cookies ?? new CookieContainer(),
        PooledConnectionLifetime = TimeSpan.FromSeconds(30),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                if (sourceAddress is not null)
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(sourceAddress), 0));
                }

                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}

/// <summary>Keeps the cookies a node sets and sends them all back, whatever their Secure flag says.</summary>
internal sealed class EveryCookieJar : DelegatingHandler
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(pair => $"{pair.Key}={pair.Value}")));
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var nameValue in setCookies.Select(header => header.Split(';', 2)[0]))
            {
                var equals = nameValue.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    cookies[nameValue[..equals].Trim()] = nameValue[(equals + 1)..].Trim();
                }
            }
        }

        return response;
    }
}
