using System.Net;
using System.Net.Http.Headers;
using Portal.Content.Common;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;
using Portal.Web.Identity;

namespace Portal.Tests.PublicSite;

/// <summary>
/// A static page persists no component state: no encrypted state comment and no antiforgery token made for nothing
/// (Data Protection work on every render, and a cookie that keeps the page out of shared caches). A static form still
/// gets its token, and the interactive staff pages still get the state their circuit reads the token from.
/// </summary>
[IntegrationTest]
public sealed class StaticPageStateTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string StateComment = "<!--Blazor-Server-Component-State:";

    [Fact]
    public async Task A_public_page_without_a_form_carries_no_component_state_and_sets_no_antiforgery_cookie()
    {
        var newsroom = await PortalNewsroom.CreateAsync(portal.Services);
        var item = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("车站防拐提示")));
        using var client = portal.CreateBrowserLikeClient();
        // Rendered every time, as for a reader the output cache does not answer.
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-reader");

        foreach (var path in new[] { "/", ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, item.Slug), "/downloads", "/search?q=%E6%8B%90%E5%8D%96", "/en" })
        {
            using var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.DoesNotContain(StateComment, html, StringComparison.Ordinal);
            Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} set a cookie: {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])}");
        }
    }

    [Fact]
    public async Task A_public_form_still_gets_its_token_and_its_post_passes_the_antiforgery_check()
    {
        using var client = portal.CreateBrowserLikeClient();

        var form = await HtmlPage.GetAsync(client, "/preferences");

        Assert.NotNull(form.Document.QuerySelector("main form input[name=__RequestVerificationToken]"));
        Assert.Contains(form.Response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.DoesNotContain(StateComment, await form.Response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.LargerText"] = "True" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task The_interactive_staff_pages_still_carry_the_state_their_circuit_reads_the_token_from()
    {
        var user = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        using var client = portal.CreateBrowserLikeClient();
        Assert.Equal("/staff", HtmlPage.RedirectTarget(await StaffSignIn.WithAuthenticatorAsync(client, user)));

        using var staff = await client.GetAsync("/staff");
        var html = await staff.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Contains("_framework/blazor.web.", html, StringComparison.Ordinal);
        Assert.Contains(StateComment, html, StringComparison.Ordinal);
    }
}
