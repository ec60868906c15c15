using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.Web;

/// <summary>
/// With every log level switched on, a sign-in over real HTTP from a distinct client address leaves no password,
/// cookie value, form body or client address in the logs.
/// </summary>
[IntegrationTest]
public sealed class LogPrivacyTests
{
    private sealed class VerboseLoggingPortalFactory(CapturingLoggerProvider capture) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        }
    }

    [Fact]
    public async Task Logs_hold_no_password_cookie_form_body_or_client_address_even_at_trace_level()
    {
        var capture = new CapturingLoggerProvider();
        using var portal = new VerboseLoggingPortalFactory(capture);
        portal.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(ProductionSettings.TlsCertificate)));
        portal.StartServer();
        var officer = await TestUsers.CreateAsync(portal.Services, PortalRoles.Officer);
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => ProductionSettings.TrustsTestServer(certificate) },
            // The browser side connects from 127.0.0.2, so its address is told apart from the server's.
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse("127.0.0.2"), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        using var client = new HttpClient(handler) { BaseAddress = portal.ServerAddress };
        capture.Lines.Clear();

        var signedIn = await StaffSignIn.WithAuthenticatorAsync(client, officer);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var staff = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);

        var cookieValues = handler.CookieContainer.GetAllCookies().Select(cookie => cookie.Value).Where(value => value.Length > 8).ToList();
        Assert.NotEmpty(cookieValues);
        Assert.NotEmpty(capture.Lines);
        var log = string.Join("\n", capture.Lines);
        Assert.DoesNotContain(officer.Password, log, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(officer.Password), log, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", log, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.2", log, StringComparison.Ordinal);
        Assert.All(cookieValues, value => Assert.DoesNotContain(value, log, StringComparison.Ordinal));
    }
}
