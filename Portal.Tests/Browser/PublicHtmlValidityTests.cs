using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Web.Content;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Browser;

/// <summary>
/// The Nu Html Checker (vnu.jar, run by <c>test.sh</c> with Debian's Java) finds no error in any public page or state
/// the axe matrix covers, in both languages, with and without the reading preferences, nor in any page the sitemap
/// lists (the seed content: the home page's and the hubs' own items). The pages are saved as the server sends them and
/// checked in one run of the checker.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed partial class PublicHtmlValidityTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task Every_public_page_and_state_is_valid_html()
    {
        var vnu = Environment.GetEnvironmentVariable("PORTAL_TEST_VNU");
        Assert.True(!string.IsNullOrEmpty(vnu) && File.Exists(vnu), "PORTAL_TEST_VNU must name vnu.jar: run the tests with ./test.sh, which installs it and Java");
        var folder = Directory.CreateTempSubdirectory("portal-vnu-").FullName;
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        using var handler = new HttpClientHandler { UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(Fixture.BaseUrl) };

        foreach (var culture in new[] { ContentCultures.Chinese, ContentCultures.English })
        {
            var paths = await PublicPageMatrix.PathsAsync(Fixture, culture);
            foreach (var preferences in new[] { false, true })
            {
                var cookies = string.Join("; ", new[]
                {
                    culture == ContentCultures.English ? ".AspNetCore.Culture=c%3Den%7Cuic%3Den" : null,
                    preferences ? "portal-reader=contrast.text" : null,
                }.OfType<string>());
                foreach (var path in paths)
                {
                    await SaveAsync(client, path, cookies, $"{path} ({culture}{(preferences ? ", contrast + larger text" : "")})");
                }
            }
        }

        // Headings an editor writes in one minute: time-ordered block ids that share their first digits.
        var written = DateTimeOffset.UnixEpoch.AddYears(56);
        var newsroom = await PortalNewsroom.CreateAsync(Fixture.Portal.Services);
        var sections = await newsroom.PublishedAsync(Drafts.Article(
            Drafts.Unique("识别拐卖的信号"),
            new HeadingBlock { Id = Guid.CreateVersion7(written), Text = "在车站", Level = 2 },
            Drafts.Paragraph("<p>陌生人主动搭讪、许诺高薪工作。</p>"),
            new HeadingBlock { Id = Guid.CreateVersion7(written), Text = "在网上", Level = 2 },
            new HeadingBlock { Id = Guid.CreateVersion7(written), Text = "交友软件", Level = 3 }));
        await SaveAsync(client, ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, sections.Slug), "", "headings written in one minute");

        var sitemap = await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var listed = Location().Matches(sitemap).Select(m => new Uri(m.Groups[1].Value).PathAndQuery).ToList();
        Assert.NotEmpty(listed);
        foreach (var path in listed)
        {
            await SaveAsync(client, path, "", path + " (sitemap)");
        }

        Assert.True(pages.Count > 90, $"only {pages.Count} pages saved");
        var errors = await CheckAsync(vnu!, pages.Keys.Select(name => Path.Combine(folder, name)));

        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors in {pages.Count} pages:\n" + string.Join("\n", errors.Select(e => $"{pages.GetValueOrDefault(e.File, e.File)}: line {e.Line}: {e.Message}")));

        async Task SaveAsync(HttpClient http, string path, string cookies, string description)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            if (cookies.Length > 0)
            {
                request.Headers.Add("Cookie", cookies);
            }

            using var response = await http.SendAsync(request);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{description}: {(int)response.StatusCode}");
            var file = Path.Combine(folder, $"page-{pages.Count:D3}.html");
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
            pages[Path.GetFileName(file)] = description;
        }
    }

    /// <summary>One run of the checker over every file (one JVM start); its JSON report, errors only, by file name.</summary>
    private static async Task<List<(string File, int Line, string Message)>> CheckAsync(string vnu, IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("PORTAL_TEST_JAVA") ?? "java")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[] { "-Xss4m", "-jar", vnu, "--errors-only", "--exit-zero-always", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"vnu exited with {process.ExitCode}: {report}{await output}");
        using var json = JsonDocument.Parse(report);
        return
        [
            .. json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(m => (
                    File: m.TryGetProperty("url", out var url) ? Path.GetFileName(url.GetString() ?? "") : "",
                    Line: m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                    Message: m.GetProperty("message").GetString() ?? "")),
        ];
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex Location();
}
