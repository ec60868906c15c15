using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.Web;

/// <summary>
/// Behind the province's TLS proxy the portal sees every visitor through the proxy's eyes, and only through its eyes:
/// what the proxy forwards decides the client's bucket, https and absolute links; the same headers from anyone else
/// change nothing. Here the proxy is 10.0.0.1 and clients reach the test server "through" it or directly.
/// </summary>
[IntegrationTest]
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.ProxiedPortalFactory factory) : IClassFixture<ForwardedHeadersTests.ProxiedPortalFactory>
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.1");
    private static readonly IPAddress Stranger = IPAddress.Parse("203.0.113.9");
    private static int lastOctet;

    public sealed class ProxiedPortalFactory() : PortalFactory(null, new Dictionary<string, string?> { ["ReverseProxy:KnownProxies:0"] = "10.0.0.1" });

    [Fact]
    public async Task The_proxy_decides_scheme_and_host_for_https_headers_and_absolute_links()
    {
        using var viaProxy = PlainHttpClient(factory, Proxy, forwardedFor: "198.51.100.200");
        using var robots = await viaProxy.GetAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Sitemap: https://fankuai.gansu.example/sitemap.xml", await robots.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(robots.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_same_headers_from_anyone_but_the_proxy_are_ignored()
    {
        using var direct = PlainHttpClient(factory, Stranger, forwardedFor: "198.51.100.201");
        using var robots = await direct.GetAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", await robots.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(robots.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Clients_behind_the_proxy_have_their_own_buckets_and_a_forged_address_buys_a_stranger_nothing()
    {
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);
        var guesser = NextAddress();
        using (var attacker = ThroughProxy(guesser))
        {
            for (var attempt = 0; attempt < SignInLimits.AccountLockoutThreshold * 2; attempt++)
            {
                await StaffSignIn.PasswordAsync(attacker, officer.Email, "Wrong-Password-99!");
            }

            // The guesser's bucket is spent: even the right password is refused to it.
            var refused = await HtmlPage.ParseAsync(await StaffSignIn.PasswordAsync(attacker, officer.Email, officer.Password));
            Assert.StartsWith("邮箱或密码不正确", refused.Document.QuerySelector("[role=alert]")?.TextContent ?? "", StringComparison.Ordinal);
        }

        // Another client behind the same proxy is another bucket.
        using var colleague = ThroughProxy(NextAddress());
        Assert.Equal("/staff", HtmlPage.RedirectTarget(await StaffSignIn.WithAuthenticatorAsync(colleague, officer)));

        // A stranger who claims the guesser's address in X-Forwarded-For is judged by their own address.
        using var forger = factory.CreateBrowserLikeClient(Stranger);
        forger.DefaultRequestHeaders.Add("X-Forwarded-For", guesser.ToString());
        Assert.Equal("/staff", HtmlPage.RedirectTarget(await StaffSignIn.WithAuthenticatorAsync(forger, officer)));
    }

    [Fact]
    public async Task Forwarded_headers_switched_on_by_environment_still_trust_no_one_unconfigured()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true makes ASP.NET trust X-Forwarded-* from every sender.
        await using var portal = new PortalFactory(null, new Dictionary<string, string?> { ["FORWARDEDHEADERS_ENABLED"] = "true" });
        using var direct = PlainHttpClient(portal, Stranger, forwardedFor: "198.51.100.202");

        using var robots = await direct.GetAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", await robots.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_cookies_are_secure_even_on_a_plain_http_request()
    {
        using var plain = PlainHttpClient(factory, Stranger, forwardedFor: null);

        using var form = await plain.GetAsync(new Uri("/report", UriKind.Relative));

        var cookies = form.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    private static IPAddress NextAddress() => IPAddress.Parse($"198.51.100.{Interlocked.Increment(ref lastOctet)}");

    private HttpClient ThroughProxy(IPAddress client)
    {
        var browser = factory.CreateBrowserLikeClient(Proxy);
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", client.ToString());
        browser.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return browser;
    }

    /// <summary>A client on plain http (as the proxy's connection to a node is), coming from <paramref name="from"/>.</summary>
    private static HttpClient PlainHttpClient(PortalFactory portal, IPAddress from, string? forwardedFor)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(ClientAddressFilter.Header, from.ToString());
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            client.DefaultRequestHeaders.Add("X-Forwarded-Host", "fankuai.gansu.example");
        }

        return client;
    }
}
