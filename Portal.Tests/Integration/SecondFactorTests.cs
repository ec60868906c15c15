using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;
using Portal.Web.Identity.Data;

namespace Portal.Tests.Integration;

/// <summary>
/// The second factor through the real pages: the key only while enrolling, each authenticator code once, recovery codes
/// shown once, kept as hashes and each usable once, and the self-service reset behind the password and a current code.
/// </summary>
[IntegrationTest]
public sealed class SecondFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_authenticator_code_used_once_is_refused_the_second_time()
    {
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);
        var code = officer.CurrentCode();
        using var first = factory.CreateBrowserLikeClient();
        using var second = factory.CreateBrowserLikeClient();

        var signedIn = await SignInWithCodeAsync(first, officer, code);
        var replayed = await SignInWithCodeAsync(second, officer, code);

        Assert.Equal("/staff", HtmlPage.RedirectTarget(signedIn));
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("验证码不正确或已过期", (await HtmlPage.ParseAsync(replayed)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task Enrolment_shows_the_key_and_recovery_codes_once_and_no_page_shows_the_key_afterwards()
    {
        var (editor, client, key, codes) = await EnrolAsync();

        Assert.Equal(10, codes.Count);
        foreach (var url in new[] { "/account/enrol-authenticator", "/account/authenticator", "/staff" })
        {
            var page = await HtmlPage.GetAsync(client, url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var html = page.Document.DocumentElement.OuterHtml.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            Assert.DoesNotContain(key, html, StringComparison.Ordinal);
            Assert.Null(page.Document.QuerySelector("[data-testid=authenticator-key]"));
            Assert.Null(page.Document.QuerySelector("[data-testid=recovery-codes]"));
        }

        Assert.Contains("密钥只在绑定时显示一次", (await HtmlPage.GetAsync(client, "/account/enrol-authenticator")).Text, StringComparison.Ordinal);
        Assert.Equal(key, editor.AuthenticatorKey);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_not_twice_and_is_stored_only_as_a_hash()
    {
        var (editor, _, _, codes) = await EnrolAsync();
        var code = codes[3];

        await using (var context = await factory.Services.GetRequiredService<IDbContextFactory<PortalIdentityDbContext>>().CreateDbContextAsync())
        {
            var stored = string.Join(";", await context.UserTokens.Where(t => t.UserId == editor.Id).Select(t => t.Value).ToListAsync());
            Assert.Contains(";", stored, StringComparison.Ordinal);
            Assert.All(codes, shown =>
            {
                Assert.DoesNotContain(shown, stored, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(shown.Replace("-", "", StringComparison.Ordinal), stored, StringComparison.OrdinalIgnoreCase);
            });
        }

        using var first = factory.CreateBrowserLikeClient();
        using var second = factory.CreateBrowserLikeClient();
        var signedIn = await SignInWithRecoveryCodeAsync(first, editor, code.ToLowerInvariant());
        var again = await SignInWithRecoveryCodeAsync(second, editor, code);

        Assert.Equal("/staff", HtmlPage.RedirectTarget(signedIn));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/staff")).StatusCode);
        Assert.Contains("恢复码不正确或已使用", (await HtmlPage.ParseAsync(again)).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/staff")).StatusCode);
        Assert.Contains("剩余可用恢复码：9 个", (await HtmlPage.GetAsync(first, "/account/authenticator")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resetting_ones_own_authenticator_takes_the_password_and_a_fresh_code_then_enrolment_starts_again()
    {
        var officer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Officer);
        using var client = factory.CreateBrowserLikeClient();
        var usedAt = TimeProvider.System.GetUtcNow();
        var code = officer.CurrentCode();
        Assert.Equal("/staff", HtmlPage.RedirectTarget(await SignInWithCodeAsync(client, officer, code)));
        var manage = await HtmlPage.GetAsync(client, "/account/authenticator");
        const string ResetForm = "form:has(#reset-password)";

        var wrongPassword = await manage.SubmitAsync(client, new Dictionary<string, string> { ["Reset.Password"] = "Wrong-Password-2026!", ["Reset.Code"] = officer.NextCode(usedAt) }, ResetForm);
        var replayedCode = await manage.SubmitAsync(client, new Dictionary<string, string> { ["Reset.Password"] = officer.Password, ["Reset.Code"] = code }, ResetForm);

        Assert.Contains("密码或验证码不正确", (await HtmlPage.ParseAsync(wrongPassword)).Text, StringComparison.Ordinal);
        Assert.Contains("密码或验证码不正确", (await HtmlPage.ParseAsync(replayedCode)).Text, StringComparison.Ordinal);
        Assert.True(await TwoFactorEnabledAsync(officer.Id));

        var reset = await manage.SubmitAsync(client, new Dictionary<string, string> { ["Reset.Password"] = officer.Password, ["Reset.Code"] = officer.NextCode(usedAt) }, ResetForm);

        Assert.Equal("/account/enrol-authenticator", HtmlPage.RedirectTarget(reset));
        Assert.False(await TwoFactorEnabledAsync(officer.Id));
        var enrol = await HtmlPage.GetAsync(client, "/account/enrol-authenticator");
        var newKey = enrol.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.NotEqual(officer.AuthenticatorKey, newKey);
    }

    private async Task<bool> TwoFactorEnabledAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(userId))!.TwoFactorEnabled;
    }

    /// <summary>An editor without an authenticator signs in, enrols on the page and reads the recovery codes shown there.</summary>
    private async Task<(TestUsers.TestUser Editor, HttpClient Client, string Key, IReadOnlyList<string> Codes)> EnrolAsync()
    {
        var editor = await TestUsers.CreateAsync(factory.Services, PortalRoles.Editor, withAuthenticator: false);
        var client = factory.CreateBrowserLikeClient();
        await StaffSignIn.PasswordAsync(client, editor.Email, editor.Password);
        var enrol = await HtmlPage.GetAsync(client, "/account/enrol-authenticator?returnUrl=%2Fstaff");
        var key = enrol.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        editor = editor with { AuthenticatorKey = key };

        var confirmed = await HtmlPage.ParseAsync(await enrol.SubmitAsync(client, new Dictionary<string, string> { ["Input.Code"] = editor.CurrentCode() }));

        var codes = confirmed.Document.QuerySelectorAll("[data-testid=recovery-codes] kbd").Select(k => k.TextContent.Trim()).ToList();
        Assert.Equal("/staff", confirmed.Document.QuerySelector("[data-testid=enrol-continue]")!.GetAttribute("href"));
        return (editor, client, key, codes);
    }

    private static async Task<HttpResponseMessage> SignInWithCodeAsync(HttpClient client, TestUsers.TestUser user, string code)
    {
        var afterPassword = await StaffSignIn.PasswordAsync(client, user.Email, user.Password);
        var twoFactor = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(afterPassword));
        return await twoFactor.SubmitAsync(client, new Dictionary<string, string> { ["Input.Code"] = code });
    }

    private static async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(HttpClient client, TestUsers.TestUser user, string code)
    {
        var afterPassword = await StaffSignIn.PasswordAsync(client, user.Email, user.Password);
        var twoFactor = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(afterPassword));
        return await twoFactor.SubmitAsync(client, new Dictionary<string, string> { ["Recovery.Code"] = code }, "form:has(#recovery-code)");
    }
}
