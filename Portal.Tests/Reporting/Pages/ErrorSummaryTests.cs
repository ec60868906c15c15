using System.Net;
using Portal.Tests.Infrastructure;
using Portal.Tests.Volunteers;

namespace Portal.Tests.Reporting.Pages;

/// <summary>
/// The GOV.UK error pattern in the served HTML (no script involved): a refused form starts with a summary that takes
/// focus on load and links to each field by the page's own address and the field's id, and each field carries its
/// message, named by <c>aria-describedby</c>. The tip form, the volunteer sign-up and the follow-up sign-in, in both languages.
/// </summary>
[IntegrationTest]
public sealed class ErrorSummaryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/report", "report", "请修改以下问题", "错误：")]
    [InlineData("/en/report", "en/report", "There is a problem", "Error: ")]
    public async Task A_refused_tip_starts_with_a_focused_summary_linking_to_each_field_that_carries_its_message(string path, string pageHref, string heading, string prefix)
    {
        using var client = portal.CreateBrowserLikeClient();
        var fields = TipForms.Fields(narrative: "", category: "");
        fields["Form.People[1].Age"] = "200";

        var answer = await HtmlPage.ParseAsync(await TipForms.SubmitAsync(client, fields, formPath: path));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.StartsWith(prefix, answer.Document.Title, StringComparison.Ordinal);
        var summary = answer.Document.QuerySelector("main #form-errors")!;
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.Equal(heading, summary.QuerySelector("[role=alert] h2")!.TextContent);
        Assert.Single(answer.Document.QuerySelectorAll("[autofocus]"));
        var links = summary.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal([pageHref + "#category", pageHref + "#what-happened", pageHref + "#person-2-age"], links);
        foreach (var id in new[] { "category", "what-happened", "person-2-age" })
        {
            var field = answer.Document.GetElementById(id)!;
            Assert.Contains("field-error", field.Closest(".field")!.ClassList);
            Assert.Contains(id + "-error", field.GetAttribute("aria-describedby")!.Split(' '));
            var message = answer.Document.GetElementById(id + "-error")!;
            Assert.StartsWith(prefix, message.TextContent, StringComparison.Ordinal);
            Assert.Contains(message.TextContent[prefix.Length..], summary.TextContent, StringComparison.Ordinal);
        }

        // The hint stays described too, and the section holding a block in error is open.
        Assert.Equal("what-happened-hint what-happened-error", answer.Document.GetElementById("what-happened")!.GetAttribute("aria-describedby"));
        Assert.True(answer.Document.QuerySelector("details#people-section")!.HasAttribute("open"));
        Assert.False(answer.Document.QuerySelector("details#who-section")!.HasAttribute("open"));
        Assert.DoesNotContain("field-error", answer.Document.GetElementById("place")!.Closest(".field")!.ClassList);
        Assert.Null(answer.Document.GetElementById("place")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task A_fresh_form_has_no_summary_no_autofocus_and_every_optional_section_closed()
    {
        using var client = portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, "/report");

        Assert.Null(page.Document.QuerySelector("#form-errors"));
        Assert.Empty(page.Document.QuerySelectorAll("[autofocus], .field-error, .error-message"));
        Assert.Equal(["people-section", "who-section"], page.Document.QuerySelectorAll("details.optional-section").Select(d => d.Id!));
        Assert.Empty(page.Document.QuerySelectorAll("details[open]"));
        Assert.Equal("Anonymous", page.Document.QuerySelector("input[name='Form.Mode'][checked]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_refused_volunteer_sign_up_links_each_problem_to_its_field()
    {
        using var client = portal.CreateBrowserLikeClient();
        var form = await HtmlPage.GetAsync(client, "/en/volunteer");

        var refused = await HtmlPage.ParseAsync(await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Form.Name"] = "", ["Form.Phone"] = VolunteerHarness.UniquePhone(), ["Form.DateOfBirth"] = "1990-05-01", ["Form.PlaceKey"] = "620102",
            ["Form.ConsentBackgroundCheck"] = "true",
        }, "main form"));

        var summary = refused.Document.QuerySelector("main > #form-errors[autofocus][data-testid=signup-errors]")!;
        Assert.Equal("There is a problem", summary.QuerySelector("h2")!.TextContent);
        Assert.Equal(["en/volunteer#name", "en/volunteer#consent-privacy"], summary.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")));
        Assert.Equal("name-error", refused.Document.GetElementById("name")!.GetAttribute("aria-describedby"));
        Assert.Equal("consent-privacy-error", refused.Document.GetElementById("consent-privacy")!.GetAttribute("aria-describedby"));
        Assert.NotNull(refused.Document.GetElementById("consent-privacy-error"));
    }

    [Fact]
    public async Task A_wrong_receipt_on_the_follow_up_page_is_summarised_and_linked_to_the_receipt_number()
    {
        using var client = portal.CreateBrowserLikeClient();
        var signIn = await HtmlPage.GetAsync(client, "/report/follow-up");

        var wrong = await HtmlPage.ParseAsync(await signIn.SubmitAsync(client, new Dictionary<string, string>
        {
            ["SignIn.Number"] = "1234 5678 9012 3456", ["SignIn.Passphrase"] = "AAAA-BBBB-CCCC",
        }, "form.form-page"));

        var summary = wrong.Document.QuerySelector("main #form-errors[autofocus]")!;
        Assert.Equal("请修改以下问题", summary.QuerySelector("h2")!.TextContent);
        Assert.Equal("report/follow-up#receipt-number", summary.QuerySelector("li a")!.GetAttribute("href"));
        Assert.Equal("receipt-number-error", wrong.Document.GetElementById("receipt-number")!.GetAttribute("aria-describedby"));
        Assert.Equal("错误：回执号或口令不正确。", wrong.Document.GetElementById("receipt-number-error")!.TextContent);
    }
}
