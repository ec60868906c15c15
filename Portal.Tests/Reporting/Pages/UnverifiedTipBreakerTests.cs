using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Reporting.Pages;

/// <summary>
/// The portal-wide cap on unverified tips per minute: over it an unverified tip comes back with a message in the
/// page's language and everything typed, while verified tips still land; a minute later unverified ones land again.
/// </summary>
[IntegrationTest]
public sealed class UnverifiedTipBreakerTests(UnverifiedTipBreakerTests.BreakerPortalFactory portal) : IClassFixture<UnverifiedTipBreakerTests.BreakerPortalFactory>
{
    private int nextAddress;

    private HttpClient NewClient() => portal.CreateBrowserLikeClient(IPAddress.Parse($"198.51.100.{Interlocked.Increment(ref nextAddress)}"));

    private async Task<HttpResponseMessage> SubmitAsync(string narrative, bool verified = false, string url = "/report")
    {
        using var client = NewClient();
        var form = await HtmlPage.GetAsync(client, url);
        var fields = TipForms.Fields(narrative);
        if (verified)
        {
            fields["altcha"] = ProofOfWorkSolver.Solve(form.Document.QuerySelector("form[data-altcha-challenge]")!.GetAttribute("data-altcha-challenge")!);
        }

        return await form.SubmitAsync(client, fields, "main form[data-altcha-challenge]");
    }

    [Fact]
    public async Task Over_the_cap_an_unverified_tip_comes_back_filled_in_with_a_message_and_a_verified_one_still_lands()
    {
        portal.Clock.Advance(TimeSpan.FromMinutes(2)); // a minute of its own, whatever ran before

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync("第一条未经校验的线索")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync("第二条未经校验的线索")).StatusCode);

        var narrative = "第三条未经校验的线索：长途汽车站有人带着三个孩子。" + Guid.NewGuid().ToString("N");
        var refused = await HtmlPage.ParseAsync(await SubmitAsync(narrative));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("系统暂停接收这类线索约一分钟", refused.Document.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(narrative, refused.Document.QuerySelector("#what-happened")!.TextContent);
        Assert.Equal("白银区汽车站", refused.Document.QuerySelector("#place-detail")!.GetAttribute("value"));

        var english = await HtmlPage.ParseAsync(await SubmitAsync("An unverified tip in English " + Guid.NewGuid().ToString("N"), url: "/report?lang=en"));
        Assert.Equal(HttpStatusCode.OK, english.Status);
        Assert.Contains("paused such tips for about a minute", english.Document.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync("经过安全校验的线索", verified: true)).StatusCode);

        portal.Clock.Advance(TimeSpan.FromSeconds(70));
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(narrative)).StatusCode);
    }

    /// <summary>The real host on a fake clock, with room for two unverified tips a minute.</summary>
    public sealed class BreakerPortalFactory : PortalFactory
    {
        public BreakerPortalFactory()
            : base(null, new Dictionary<string, string?> { ["Tips:SubmissionLimits:UnverifiedPortalWidePerMinute"] = "2" })
        {
        }

        public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
