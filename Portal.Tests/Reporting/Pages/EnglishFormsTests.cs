using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Tests.Volunteers;

namespace Portal.Tests.Reporting.Pages;

/// <summary>
/// The forms answer under <c>/en</c> in English for a reader without any culture cookie, and every post and
/// redirect of an English form stays under <c>/en</c>: the tip, its receipt, uploads and the follow-up page.
/// </summary>
[IntegrationTest]
public sealed partial class EnglishFormsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/en/report", "Report suspected")]
    [InlineData("/en/report/receipt", "Tip received")]
    [InlineData("/en/report/follow-up", "Follow up")]
    [InlineData("/en/volunteer", "volunteer")]
    [InlineData("/en/volunteer/status", "application")]
    [InlineData("/en/volunteer/thanks?ref=V-TEST", "Thank you")]
    [InlineData("/en/preferences", "")]
    [InlineData("/en/alerts", "")]
    public async Task An_english_form_answers_in_english_without_a_culture_cookie(string path, string inHeading)
    {
        using var client = portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        var heading = page.Document.QuerySelector("main h1")!.TextContent;
        Assert.DoesNotMatch(Han(), heading);
        Assert.Contains(inHeading, heading, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(Han(), page.Document.QuerySelector("main form button[type=submit], main form button:not([type])")?.TextContent ?? "");
    }

    [Fact]
    public async Task A_tip_sent_from_the_english_form_ends_on_the_english_receipt_and_its_uploads_come_back_to_it()
    {
        using var client = portal.CreateBrowserLikeClient();

        var posted = await TipForms.SubmitAsync(client, TipForms.Fields("A man at the station offers teenagers jobs far away."), formPath: "/en/report");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("/en/report/receipt", HtmlPage.RedirectTarget(posted));
        // The receipt goes to both language versions of the receipt page (the page has a language switch), nowhere else.
        var receiptCookies = posted.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("portal-receipt=", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, receiptCookies.Count);
        Assert.Contains(receiptCookies, c => c.Contains("path=/en/report/receipt;", StringComparison.Ordinal));
        Assert.Contains(receiptCookies, c => c.Contains("path=/report/receipt;", StringComparison.Ordinal));
        var receipt = await HtmlPage.GetAsync(client, "/en/report/receipt");
        Assert.Equal("en", receipt.Document.DocumentElement.GetAttribute("lang"));
        Assert.Matches("^[1-9][0-9 ]{15,}$", receipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent);
        Assert.Equal("What happens next", receipt.Document.QuerySelector("[data-testid=what-happens-next] h2")!.TextContent);
        Assert.Equal("en/report/follow-up", receipt.Document.QuerySelector("main p:last-child a")!.GetAttribute("href"));

        var upload = receipt.Document.QuerySelector("form[enctype='multipart/form-data']")!;
        Assert.Equal("en/report/attachments", upload.GetAttribute("action"));
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(upload.QuerySelector("input[name=t]")!.GetAttribute("value")!), "t");
        var photo = new ByteArrayContent(TestFiles.JpegWithGps("EN-UPLOAD"));
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(photo, "files", "street.jpg");
        using var uploaded = await client.PostAsync("/en/report/attachments", content);

        Assert.Equal("/en/report/receipt?added=1", HtmlPage.RedirectTarget(uploaded));
        var after = await HtmlPage.GetAsync(client, "/en/report/receipt?added=1");
        Assert.Equal("en", after.Document.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotMatch(Han(), after.Document.QuerySelector("[data-testid=attachments-added]")!.TextContent);
    }

    [Fact]
    public async Task The_english_follow_up_page_signs_in_and_an_upload_from_it_returns_to_it_with_its_own_cookie()
    {
        using var client = portal.CreateBrowserLikeClient();
        await TipForms.SubmitAsync(client, TipForms.Fields(), formPath: "/en/report");
        var receipt = await HtmlPage.GetAsync(client, "/en/report/receipt");
        var number = receipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent;
        var passphrase = receipt.Document.QuerySelector("[data-testid=receipt-passphrase]")!.TextContent;
        var signIn = await HtmlPage.GetAsync(client, "/en/report/follow-up");

        var signedIn = await HtmlPage.ParseAsync(await signIn.SubmitAsync(client, new Dictionary<string, string>
        {
            ["SignIn.Number"] = number, ["SignIn.Passphrase"] = passphrase,
        }, "form.form-page"));

        Assert.Equal("en", signedIn.Document.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotMatch(Han(), signedIn.Document.QuerySelector("[data-testid=tip-status]")!.TextContent);
        var upload = signedIn.Document.QuerySelector("form[enctype='multipart/form-data']")!;
        Assert.Equal("en/report/attachments", upload.GetAttribute("action"));
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(upload.QuerySelector("input[name=access]")!.GetAttribute("value")!), "access");
        var photo = new ByteArrayContent(TestFiles.JpegWithGps("EN-FOLLOW-UP"));
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(photo, "files", "street.jpg");
        using var uploaded = await client.PostAsync("/en/report/attachments", content);

        Assert.Equal("/en/report/follow-up?added=1", HtmlPage.RedirectTarget(uploaded));
        Assert.Contains(uploaded.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal-follow-up=", StringComparison.Ordinal) && c.Contains("path=/en/report/follow-up;", StringComparison.Ordinal));
        var back = await HtmlPage.GetAsync(client, "/en/report/follow-up?added=1");
        Assert.Equal("en", back.Document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(back.Document.QuerySelector("[data-testid=tip-status]"));
    }

    [Fact]
    public async Task A_volunteer_signing_up_in_english_lands_on_the_english_thanks_page()
    {
        using var client = portal.CreateBrowserLikeClient();
        var form = await HtmlPage.GetAsync(client, "/en/volunteer");

        var posted = await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Form.Name"] = "Li Hua", ["Form.Phone"] = VolunteerHarness.UniquePhone(), ["Form.DateOfBirth"] = "1990-05-01",
            ["Form.PlaceKey"] = "620102", ["Form.ConsentPrivacy"] = "true", ["Form.ConsentBackgroundCheck"] = "true",
        }, "main form");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith("/en/volunteer/thanks?ref=", HtmlPage.RedirectTarget(posted), StringComparison.Ordinal);
        var thanks = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(posted));
        Assert.Equal("en", thanks.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en/volunteer/status", thanks.Document.QuerySelector("main a.button")!.GetAttribute("href"));
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
