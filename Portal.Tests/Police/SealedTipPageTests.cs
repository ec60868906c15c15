using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Tips.Reporting;
using Portal.Tips.Sealing;
using Portal.Web.Identity;
using Portal.Web.Police.Sealing;

namespace Portal.Tests.Police;

/// <summary>
/// Sealed tips over HTTP, as an officer and as an attacker meet them: the first sign-in gives the officer a key pair,
/// a sign-in with password and authenticator code opens the case file, and neither a cookie kept after sign-out nor
/// one forged with the server's own key ring opens it.
/// </summary>
[IntegrationTest]
public sealed class SealedTipPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private T Service<T>()
        where T : notnull => portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task The_officer_signed_in_opens_the_sealed_case_file_and_a_kept_or_forged_cookie_sees_it_locked()
    {
        var officer = await TestUsers.CreateAsync(portal.Services, PortalRoles.Officer);
        Assert.True((await Service<OfficerGrants>().SetGrantsAsync("test-admin", officer.Id, ["620102"])).Succeeded);
        using (var first = portal.CreateBrowserLikeClient())
        {
            // The password step alone enrols: the officer's key pair, wrapped under the password they typed.
            await StaffSignIn.PasswordAsync(first, officer.Email, officer.Password);
        }

        await using (var context = await Service<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync())
        {
            Assert.True(await context.Set<MemberKeyRecord>().AnyAsync(m => m.UserId == officer.Id));
        }

        foreach (var unit in new[] { "620102", "620100", Jurisdictions.Province })
        {
            Assert.True((await Service<UnitKeyStore>().CreateUnitAsync("test-admin", unit, [officer.Id])).Succeeded);
        }

        var marker = "SEALED-PAGE-" + Guid.NewGuid().ToString("N");
        var named = TipSubmissions.Valid(marker) with { Mode = ReporterMode.Named, Name = "李春梅", Phone = "13912345678" };
        var tipId = (await Service<TipIntake>().SubmitAsync(named)).TipId!.Value;
        var caseFile = $"/staff/tips/{tipId}/case-file";

        using var client = portal.CreateBrowserLikeClient();
        await StaffSignIn.WithAuthenticatorAsync(client, officer);
        var opened = await HtmlPage.GetAsync(client, caseFile);
        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Contains(marker, opened.Text, StringComparison.Ordinal);
        // The named reporter's identity is sealed apart: the case file says so and shows neither name nor phone.
        Assert.NotNull(opened.Document.QuerySelector("[data-testid=identity-sealed]"));
        Assert.DoesNotContain("李春梅", opened.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", opened.Text, StringComparison.Ordinal);
        var keptCookie = CookieOf(opened.Response.RequestMessage!);
        Assert.Contains("portal.auth=", keptCookie, StringComparison.Ordinal);

        // The member signs out: a copy of the cookie taken before still authenticates (cookies are self-contained),
        // but the keys it named are gone from the server.
        var home = await HtmlPage.GetAsync(client, "/");
        var signOut = await home.SubmitAsync(client, new Dictionary<string, string>(), "form[action='account/logout']");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        await AssertLockedAsync(keptCookie, caseFile, marker);

        // A cookie forged with the server's own key ring: the officer's id, roles and second factor, and a key-session
        // id the forger had to make up.
        await AssertLockedAsync(Forge(officer.Id, UnitKeySessions.NewId()), caseFile, marker);
        await AssertLockedAsync(Forge(officer.Id, keySession: null), caseFile, marker);
    }

    private async Task AssertLockedAsync(string cookie, string url, string marker)
    {
        using var attacker = portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = PortalFactory.SecureBaseAddress });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        using var response = await attacker.SendAsync(request);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=tip-locked]"));
        Assert.DoesNotContain(marker, page.Text, StringComparison.Ordinal);
    }

    private static string CookieOf(HttpRequestMessage request) =>
        string.Join("; ", request.Headers.TryGetValues("Cookie", out var values) ? values : []);

    private string Forge(string userId, string? keySession)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId),
            new(ClaimTypes.Name, "forged"),
            new(ClaimTypes.Role, PortalRoles.Officer),
            new(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor),
        };
        if (keySession is not null)
        {
            claims.Add(new Claim(SealingClaims.KeySession, keySession));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, IdentityConstants.ApplicationScheme));
        var options = Service<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = TimeProvider.System.GetUtcNow(), ExpiresUtc = TimeProvider.System.GetUtcNow().AddHours(1) }, IdentityConstants.ApplicationScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }
}
