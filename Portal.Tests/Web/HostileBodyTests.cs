using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.Logging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Web;

/// <summary>
/// Every POST the host exposes, found in its endpoint data source (so a new form is tested the day it is added),
/// gets malformed bodies an attacker or a broken phone might send. Each is refused with a 4xx (or, for staff pages,
/// the sign-in redirect), never a 500, and the refusal is a page in the reader's language.
/// </summary>
[IntegrationTest]
public sealed class HostileBodyTests(HostileBodyTests.LoggedPortalFactory portal) : IClassFixture<HostileBodyTests.LoggedPortalFactory>
{
    /// <summary>The real host, with its log captured: a refused body is not an error with a stack trace.</summary>
    public sealed class LoggedPortalFactory : PortalFactory
    {
        public CapturingLoggerProvider Log { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(Log)));
        }
    }

    private static readonly string[] ContentTypes =
    [
        "multipart/form-data; boundary=" + Boundary, "multipart/form-data; boundary=", "multipart/form-data",
        "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-16", "application/json",
        "text/plain", "application/octet-stream", "multipart/mixed; boundary=x", "",
    ];
    private const string Boundary = "----portal-test-boundary";

    public static TheoryData<string> Bodies => [.. HostileBodies.Keys];

    private static readonly Dictionary<string, Func<HttpContent>> HostileBodies = new(StringComparer.Ordinal)
    {
        ["truncated multipart"] = () => Raw($"multipart/form-data; boundary={Boundary}", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"Narrative\"\r\n\r\nhalf a tip"),
        ["wrong boundary"] = () => Raw("multipart/form-data; boundary=AAAA", $"--BBBB\r\nContent-Disposition: form-data; name=\"Narrative\"\r\n\r\nx\r\n--BBBB--\r\n"),
        ["multipart without a boundary"] = () => Raw("multipart/form-data", "--x\r\n\r\n--x--"),
        ["part without a name"] = () => Raw($"multipart/form-data; boundary={Boundary}", $"--{Boundary}\r\nContent-Type: text/plain\r\n\r\nx\r\n--{Boundary}--\r\n"),
        ["invalid UTF-8 and percent escapes"] = () => Bytes("application/x-www-form-urlencoded", [.. "Narrative=%ZZ%"u8, 0xFF, 0xFE, 0xC3, .. "&_handler=%E4%B8"u8]),
        ["duplicate fields"] = () => Raw("application/x-www-form-urlencoded", "_handler=a&_handler=b&__RequestVerificationToken=x&__RequestVerificationToken=y&Category=1&Category=2"),
        ["too many fields"] = () => Raw("application/x-www-form-urlencoded", string.Join('&', Enumerable.Range(0, 5000).Select(i => $"f{i}=v"))),
        ["a field name of a megabyte"] = () => Raw("application/x-www-form-urlencoded", new string('n', 1 << 20) + "=v"),
        ["JSON sent to a form"] = () => Raw("application/json", "{\"Narrative\":\"x\",\"Category\":[1,2]}"),
        ["no content type"] = () => Bytes(null, "Narrative=x"u8.ToArray()),
        ["XML"] = () => Raw("application/xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
        ["a charset nobody knows"] = () => Raw("application/x-www-form-urlencoded; charset=klingon", "Narrative=x"),
        ["empty form"] = () => Raw("application/x-www-form-urlencoded", ""),
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Every_POST_endpoint_refuses_a_hostile_body_without_a_server_error(string body)
    {
        var failures = new List<string>();
        foreach (var path in PostPaths())
        {
            using var client = portal.CreateBrowserLikeClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = HostileBodies[body]() };
            request.Headers.Add("X-Filler", new string('h', 16 * 1024));
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var signIn = status == 302 && response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true;
            if (!signIn && status is < 400 or > 499)
            {
                failures.Add($"{path}: {status}");
            }
            else if (!signIn && response.Content.Headers.ContentType?.MediaType == "text/html"
                && !(await response.Content.ReadAsStringAsync()).Any(c => c >= '\u4e00' && c <= '\u9fff'))
            {
                failures.Add($"{path}: {status} without a Chinese message");
            }
        }

        Assert.True(failures.Count == 0, $"{body}:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void Random_bytes_under_any_content_type_to_any_POST_endpoint_never_get_a_server_error()
    {
        var paths = PostPaths();
        var requests =
            from path in Gen.Elements<string>(paths)
            from contentType in Gen.Elements(ContentTypes)
            from body in ArbMap.Default.GeneratorFor<byte[]>()
            from prefix in Gen.Elements("", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"Narrative\"\r\n\r\n", "Narrative=", "_handler=report&")
            select (Path: path, ContentType: contentType, Body: (byte[])[.. Encoding.UTF8.GetBytes(prefix), .. body]);

        Prop.ForAll(requests.ToArbitrary(), request =>
        {
            using var client = portal.CreateBrowserLikeClient();
            using var message = new HttpRequestMessage(HttpMethod.Post, request.Path)
            {
                Content = Bytes(request.ContentType.Length == 0 ? null : request.ContentType, request.Body),
            };
            using var response = client.SendAsync(message).GetAwaiter().GetResult();
            return (int)response.StatusCode < 500;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));
    }

    [Fact]
    public async Task A_refused_body_stores_nothing_and_logs_no_error_with_a_stack_trace()
    {
        var tipsBefore = await CountTipsAsync();
        portal.Log.Lines.Clear();

        foreach (var body in HostileBodies.Keys)
        {
            foreach (var path in new[] { "/report", "/report/attachments", "/report/follow-up", "/volunteer", "/account/login" })
            {
                using var client = portal.CreateBrowserLikeClient();
                using var response = await client.PostAsync(new Uri(path, UriKind.Relative), HostileBodies[body]());
                Assert.InRange((int)response.StatusCode, 400, 499);
            }
        }

        Assert.Equal(tipsBefore, await CountTipsAsync());
        Assert.DoesNotContain(portal.Log.Lines, line => line.Contains("   at ", StringComparison.Ordinal) || line.StartsWith("Error", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Critical", StringComparison.OrdinalIgnoreCase));
    }

    private async Task<int> CountTipsAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Portal.Tips.Data.TipsDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(context.Set<Portal.Tips.Reporting.Tip>());
    }

    [Fact]
    public void The_host_has_the_POST_endpoints_a_reporter_uses()
    {
        var paths = PostPaths();

        Assert.Contains("/report", paths);
        Assert.Contains("/report/attachments", paths);
        Assert.Contains("/account/login", paths);
    }

    /// <summary>Every route that accepts POST, with its parameters filled in (a new id each time).</summary>
    private List<string> PostPaths() =>
        [.. portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Post) == true)
            .Select(endpoint => Fill(endpoint.RoutePattern.RawText ?? "/"))
            .Where(path => !path.StartsWith("/_", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    private static string Fill(string pattern)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{\*?\*?([A-Za-z]+)(:[^}]*)?\?\}", "");
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}:]+:guid\}", Guid.NewGuid().ToString());
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}:]+:int\}", "1");
        path = System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "x");
        path = path.Replace("//", "/", StringComparison.Ordinal).TrimEnd('/');
        return path.Length == 0 ? "/" : path.StartsWith('/') ? path : "/" + path;
    }

    private static ByteArrayContent Raw(string? contentType, string body) => Bytes(contentType, Encoding.UTF8.GetBytes(body));

    private static ByteArrayContent Bytes(string? contentType, byte[] body)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }
}
