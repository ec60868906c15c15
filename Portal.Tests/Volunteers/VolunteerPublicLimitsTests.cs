using System.Net;
using Portal.Tests.Infrastructure;
using Portal.Tips.Volunteers;

namespace Portal.Tests.Volunteers;

/// <summary>The public volunteer forms are rate limited per client bucket (a portal of their own: the limits are per host).</summary>
[IntegrationTest]
public sealed class VolunteerPublicLimitsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Fields() => new()
    {
        ["Form.Name"] = "王志愿",
        ["Form.Phone"] = VolunteerHarness.UniquePhone(),
        ["Form.DateOfBirth"] = "1990-01-15",
        ["Form.PlaceKey"] = "620102",
        ["skills"] = VolunteerSkills.Teaching,
        ["Form.Motivation"] = "参与反拐宣传",
        ["Form.ConsentPrivacy"] = "true",
        ["Form.ConsentBackgroundCheck"] = "true",
    };

    [Fact]
    public async Task A_sixth_sign_up_within_fifteen_minutes_is_refused_and_keeps_what_was_typed()
    {
        using var client = portal.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            var page = await HtmlPage.GetAsync(client, "/volunteer");
            var accepted = await page.SubmitAsync(client, Fields());
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
            Assert.StartsWith("/volunteer/thanks?ref=V", HtmlPage.RedirectTarget(accepted), StringComparison.Ordinal);
        }

        var form = await HtmlPage.GetAsync(client, "/volunteer");
        var sixth = Fields();
        var refused = await HtmlPage.ParseAsync(await form.SubmitAsync(client, sixth));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("尝试次数过多，请 15 分钟后再试。", refused.Document.QuerySelector("[data-testid=signup-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(sixth["Form.Phone"], refused.Document.QuerySelector("#phone")!.GetAttribute("value"));
        Assert.Equal("参与反拐宣传", refused.Document.QuerySelector("#motivation")!.TextContent);
    }

    [Fact]
    public async Task Ten_status_look_ups_that_find_nothing_pause_look_ups_from_that_client()
    {
        using var client = portal.CreateBrowserLikeClient();
        for (var i = 0; i < 10; i++)
        {
            var page = await HtmlPage.GetAsync(client, "/volunteer/status");
            var missed = await HtmlPage.ParseAsync(await page.SubmitAsync(client, new Dictionary<string, string> { ["Input.Reference"] = $"NOSUCH{i:D4}", ["Input.Phone"] = "13900000000" }));
            Assert.Equal(HttpStatusCode.OK, missed.Status);
            Assert.Null(missed.Document.QuerySelector("[data-testid=status-too-many]"));
        }

        var form = await HtmlPage.GetAsync(client, "/volunteer/status");
        var paused = await HtmlPage.ParseAsync(await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.Reference"] = "NOSUCH9999", ["Input.Phone"] = "13900000000" }));
        Assert.Equal(HttpStatusCode.TooManyRequests, paused.Status);
        Assert.Contains("尝试次数过多", paused.Document.QuerySelector("[data-testid=status-too-many]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(paused.Document.QuerySelector("[data-testid=application-status]"));
    }
}
