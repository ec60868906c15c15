using System.Net;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.Web;

[IntegrationTest]
public sealed class StaffAccessTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory factory;

    public StaffAccessTests(PortalFactory factory) => this.factory = factory;

    [Theory]
    [InlineData("/staff")]
    [InlineData("/staff/admin/users")]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page(string staffPage)
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(staffPage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", HtmlPage.RedirectTarget(response), StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(staffPage), HtmlPage.RedirectTarget(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_volunteer_gets_403_with_a_friendly_page_on_staff_pages()
    {
        var volunteer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Volunteer, withAuthenticator: false);
        using var client = factory.CreateBrowserLikeClient();
        var signIn = await StaffSignIn.PasswordAsync(client, volunteer.Email, volunteer.Password);
        Assert.Equal("/volunteer/home", HtmlPage.RedirectTarget(signIn));

        var page = await HtmlPage.GetAsync(client, "/staff");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal("您没有访问此页面的权限", page.Document.QuerySelector("h1")!.TextContent);
        var signOut = page.Document.QuerySelector("header form[action='account/logout']");
        Assert.NotNull(signOut);
        Assert.NotNull(signOut.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Null(page.Document.QuerySelector("header a[href='staff']"));
    }

    [Fact]
    public async Task An_editor_without_an_authenticator_is_sent_to_enrol_one_before_any_staff_page()
    {
        var editor = await TestUsers.CreateAsync(factory.Services, PortalRoles.Editor, withAuthenticator: false);
        using var client = factory.CreateBrowserLikeClient();
        await StaffSignIn.PasswordAsync(client, editor.Email, editor.Password);

        var response = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/enrol-authenticator", HtmlPage.RedirectTarget(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_enrols_an_authenticator_and_then_reaches_the_staff_home()
    {
        var editor = await TestUsers.CreateAsync(factory.Services, PortalRoles.Editor, withAuthenticator: false);
        using var client = factory.CreateBrowserLikeClient();
        await StaffSignIn.PasswordAsync(client, editor.Email, editor.Password);
        var enrol = await HtmlPage.GetAsync(client, "/account/enrol-authenticator?returnUrl=%2Fstaff");
        var key = enrol.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

        var wrong = await enrol.SubmitAsync(client, new Dictionary<string, string> { ["Input.Code"] = "000000" });
        var wrongPage = await HtmlPage.ParseAsync(wrong);
        Assert.Contains("验证码不正确", wrongPage.Text, StringComparison.Ordinal);

        var right = await HtmlPage.ParseAsync(await enrol.SubmitAsync(client, new Dictionary<string, string> { ["Input.Code"] = (editor with { AuthenticatorKey = key }).CurrentCode() }));
        Assert.Equal("/staff", right.Document.QuerySelector("[data-testid=enrol-continue]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task An_editor_with_a_second_factor_reaches_the_staff_home_but_not_user_administration()
    {
        var editor = await TestUsers.CreateAsync(factory.Services, PortalRoles.Editor);
        using var client = factory.CreateBrowserLikeClient();

        var signedIn = await StaffSignIn.WithAuthenticatorAsync(client, editor);

        Assert.Equal("/staff", HtmlPage.RedirectTarget(signedIn));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/staff/admin/users")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_authenticator_code_does_not_sign_in()
    {
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);
        using var client = factory.CreateBrowserLikeClient();
        var afterPassword = await StaffSignIn.PasswordAsync(client, officer.Email, officer.Password);
        var twoFactor = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(afterPassword));

        var response = await twoFactor.SubmitAsync(client, new Dictionary<string, string> { ["Input.Code"] = "123456" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("验证码不正确或已过期", (await HtmlPage.ParseAsync(response)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_staff_session()
    {
        var publisher = await TestUsers.CreateAsync(factory.Services, PortalRoles.Publisher);
        using var client = factory.CreateBrowserLikeClient();
        await StaffSignIn.WithAuthenticatorAsync(client, publisher);
        var login = await HtmlPage.GetAsync(client, "/account/login");
        var token = login.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        var signOut = await client.PostAsync("/account/logout", form);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_without_an_antiforgery_token_is_refused()
    {
        var publisher = await TestUsers.CreateAsync(factory.Services, PortalRoles.Publisher);
        using var client = factory.CreateBrowserLikeClient();
        await StaffSignIn.WithAuthenticatorAsync(client, publisher);

        using var empty = new FormUrlEncodedContent([]);
        var signOut = await client.PostAsync("/account/logout", empty);

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task A_login_return_url_to_another_site_is_ignored()
    {
        var editor = await TestUsers.CreateAsync(factory.Services, PortalRoles.Editor);
        using var client = factory.CreateBrowserLikeClient();

        var signedIn = await StaffSignIn.WithAuthenticatorAsync(client, editor, returnUrl: "//evil.example/steal");

        Assert.Equal("/staff", HtmlPage.RedirectTarget(signedIn));
    }
}
