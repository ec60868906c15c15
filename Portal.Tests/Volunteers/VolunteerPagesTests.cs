using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Shared.Time;
using Portal.Tests.Infrastructure;
using Portal.Tips.Volunteers;
using Portal.Web.Identity;

namespace Portal.Tests.Volunteers;

/// <summary>The public sign-up form over HTTP, exactly as a browser without JavaScript sends it, and who reaches which volunteer page.</summary>
[IntegrationTest]
public sealed class VolunteerPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> ValidFields(string phone) => new()
    {
        ["Form.Name"] = "张小红",
        ["Form.Phone"] = phone,
        ["Form.Email"] = $"xiaohong-{Guid.NewGuid():N}@example.test",
        ["Form.DateOfBirth"] = "1996-03-08",
        ["Form.PlaceKey"] = "620102",
        ["Form.Organisation"] = "城关区社工站",
        ["skills"] = VolunteerSkills.Dongxiang,
        ["Form.Availability"] = "周末",
        ["Form.Motivation"] = "想参与反拐宣传",
        ["Form.ConsentPrivacy"] = "true",
        ["Form.ConsentBackgroundCheck"] = "true",
    };

    [Fact]
    public async Task The_sign_up_page_works_without_script_keeps_what_was_typed_on_bad_input_and_refuses_a_second_sign_up()
    {
        using var client = portal.CreateBrowserLikeClient();
        var page = await HtmlPage.GetAsync(client, "/volunteer");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("script"));
        Assert.True(page.Response.Headers.CacheControl!.NoStore);
        Assert.Equal("报名成为反拐志愿者", page.Document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector("input[type=checkbox][value=sign-language]"));
        Assert.Contains("藏语", page.Text, StringComparison.Ordinal);
        Assert.Contains("东乡语", page.Text, StringComparison.Ordinal);

        // Sixteen, without a guardian's consent: refused, and every value comes back.
        var phone = VolunteerHarness.UniquePhone();
        var minor = ValidFields(phone);
        minor["Form.DateOfBirth"] = "2010-07-01";
        var refused = await HtmlPage.ParseAsync(await page.SubmitAsync(client, minor));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        var errors = refused.Document.QuerySelector("[data-testid=signup-errors]")!.TextContent;
        Assert.Contains("未满 18 周岁的报名者须勾选监护人同意", errors, StringComparison.Ordinal);
        Assert.Equal("张小红", refused.Document.QuerySelector("#name")!.GetAttribute("value"));
        Assert.Equal(phone, refused.Document.QuerySelector("#phone")!.GetAttribute("value"));
        Assert.Equal("2010-07-01", refused.Document.QuerySelector("#birth")!.GetAttribute("value"));
        Assert.Equal("想参与反拐宣传", refused.Document.QuerySelector("#motivation")!.TextContent);
        Assert.NotNull(refused.Document.QuerySelector("#place option[value='620102'][selected]"));
        Assert.NotNull(refused.Document.QuerySelector("#skill-dongxiang[checked]"));
        Assert.Null(refused.Document.QuerySelector("#skill-tibetan[checked]"));
        Assert.NotNull(refused.Document.QuerySelector("#consent-privacy[checked]"));

        // An impossible date, in English.
        var impossible = ValidFields(VolunteerHarness.UniquePhone());
        impossible["Form.DateOfBirth"] = "1996-02-30";
        using var english = portal.CreateBrowserLikeClient();
        var englishPage = await HtmlPage.GetAsync(english, "/volunteer?lang=en");
        var englishRefused = await HtmlPage.ParseAsync(await englishPage.SubmitAsync(english, impossible));
        Assert.Contains("Date of birth: That date does not exist or is not possible", englishRefused.Text, StringComparison.Ordinal);
        Assert.Equal("1996-02-30", englishRefused.Document.QuerySelector("#birth")!.GetAttribute("value"));

        // Fixed: accepted, then the reference is shown.
        minor["Form.GuardianConsent"] = "true";
        minor["Form.GuardianName"] = "张妈妈";
        minor["Form.GuardianPhone"] = "13900001111";
        var accepted = await refused.SubmitAsync(client, minor);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var thanksUrl = HtmlPage.RedirectTarget(accepted);
        Assert.StartsWith("/volunteer/thanks?ref=V", thanksUrl, StringComparison.Ordinal);
        var thanks = await HtmlPage.GetAsync(client, thanksUrl);
        var reference = thanks.Document.QuerySelector("[data-testid=volunteer-reference]")!.TextContent;

        // The same phone again: a clear message, the form kept.
        var again = await HtmlPage.GetAsync(client, "/volunteer");
        var duplicate = await HtmlPage.ParseAsync(await again.SubmitAsync(client, ValidFields(phone)));
        Assert.Contains("此手机号码或身份证号码已经报过名", duplicate.Text, StringComparison.Ordinal);
        Assert.Equal(phone, duplicate.Document.QuerySelector("#phone")!.GetAttribute("value"));

        // The status page, with the reference and phone.
        var statusPage = await HtmlPage.GetAsync(client, "/volunteer/status");
        var status = await HtmlPage.ParseAsync(await statusPage.SubmitAsync(client, new Dictionary<string, string> { ["Input.Reference"] = reference, ["Input.Phone"] = phone }));
        Assert.Contains("已提交，待审核", status.Document.QuerySelector("[data-testid=application-status]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/volunteer/home")]
    [InlineData("/volunteer/shifts")]
    [InlineData("/volunteer/leads")]
    [InlineData("/volunteer/certificate")]
    [InlineData("/volunteer/privacy")]
    [InlineData("/volunteer/my-data.json")]
    public async Task The_volunteer_area_needs_a_sign_in(string path)
    {
        using var client = portal.CreateBrowserLikeClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", HtmlPage.RedirectTarget(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_volunteer_reaches_their_own_area_and_data_but_no_staff_coordinator_or_tip_page()
    {
        var desk = new VolunteerHarness(portal);
        var (_, userId) = await desk.ActiveVolunteerAsync();
        using var client = portal.CreateBrowserLikeClient();
        var user = await SetPasswordAsync(userId);
        Assert.Equal("/volunteer/home", HtmlPage.RedirectTarget(await StaffSignIn.PasswordAsync(client, user, TestUsers.Password)));

        var home = await HtmlPage.GetAsync(client, "/volunteer/home");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Contains("在岗志愿者", home.Document.QuerySelector("[data-testid=volunteer-outcome]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(home.Document.QuerySelectorAll("script"));
        var data = await client.GetAsync("/volunteer/my-data.json");
        Assert.Equal(HttpStatusCode.OK, data.StatusCode);
        Assert.Contains("\"Name\": \"李志愿\"", await data.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var forbidden in new[] { "/staff", "/staff/volunteers", "/staff/volunteers/hours", "/staff/volunteers/opportunities" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(forbidden)).StatusCode);
        }
    }

    [Fact]
    public async Task A_coordinator_without_a_second_factor_or_another_staff_role_cannot_open_the_coordinator_pages()
    {
        var editor = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        using var client = portal.CreateBrowserLikeClient();
        await StaffSignIn.WithAuthenticatorAsync(client, editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/staff/volunteers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/volunteer/home")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/staff/admin/coordinator-regions")).StatusCode);

        var enrolledCoordinator = await TestUsers.CreateAsync(portal.Services, PortalRoles.VolunteerCoordinator);
        using var coordinatorClient = portal.CreateBrowserLikeClient();
        await StaffSignIn.WithAuthenticatorAsync(coordinatorClient, enrolledCoordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinatorClient.GetAsync("/staff/volunteers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinatorClient.GetAsync("/staff/admin/coordinator-regions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinatorClient.GetAsync("/volunteer/home")).StatusCode);

        var coordinator = await TestUsers.CreateAsync(portal.Services, PortalRoles.VolunteerCoordinator, withAuthenticator: false);
        using var unenrolled = portal.CreateBrowserLikeClient();
        await StaffSignIn.PasswordAsync(unenrolled, coordinator.Email, coordinator.Password);
        var response = await unenrolled.GetAsync("/staff/volunteers");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/enrol-authenticator", HtmlPage.RedirectTarget(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hours_form_offers_only_shifts_that_are_over_and_says_so_when_there_is_none()
    {
        var desk = new VolunteerHarness(portal);
        var (_, userId) = await desk.ActiveVolunteerAsync();
        // The harness's clock is days behind the portal's: a shift soon after it is over for the page, one days after
        // the portal's now has not begun.
        // 10:00 China time two days on, so the three-hour shift does not run past midnight.
        var daysAhead = new DateTimeOffset(TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(2).AddHours(2), TimeSpan.Zero);
        var future = await desk.ShiftAsync(daysAhead - desk.Time.GetUtcNow());
        Assert.True((await desk.Shifts.SignUpAsync(userId, future, joinWaitlist: false)).Succeeded);
        using var client = portal.CreateBrowserLikeClient();
        await StaffSignIn.PasswordAsync(client, await SetPasswordAsync(userId), TestUsers.Password);

        var onlyFuture = await HtmlPage.GetAsync(client, "/volunteer/shifts");
        Assert.NotNull(onlyFuture.Document.QuerySelector("[data-testid=hours-nothing-to-log]"));
        Assert.Null(onlyFuture.Document.QuerySelector("#log-shift"));

        var past = await desk.ShiftAsync(TimeSpan.FromHours(1));
        Assert.True((await desk.Shifts.SignUpAsync(userId, past, joinWaitlist: false)).Succeeded);
        var both = await HtmlPage.GetAsync(client, "/volunteer/shifts");
        Assert.Null(both.Document.QuerySelector("[data-testid=hours-nothing-to-log]"));
        var offered = both.Document.QuerySelectorAll("#log-shift option[value]").Select(o => o.GetAttribute("value")).Where(v => v!.Length > 0).ToList();
        Assert.Equal([past.ToString()], offered);
    }

    [Fact]
    public async Task The_volunteer_home_lists_the_coming_shifts_and_not_those_that_are_over()
    {
        var desk = new VolunteerHarness(portal);
        var (_, userId) = await desk.ActiveVolunteerAsync();
        using var client = portal.CreateBrowserLikeClient();
        await StaffSignIn.PasswordAsync(client, await SetPasswordAsync(userId), TestUsers.Password);
        Assert.NotNull((await HtmlPage.GetAsync(client, "/volunteer/home")).Document.QuerySelector("[data-testid=no-next-shift]"));

        // As above: soon after the harness's clock is over for the portal; days after the portal's now is to come.
        var past = await desk.ShiftAsync(TimeSpan.FromHours(1));
        var daysAhead = new DateTimeOffset(TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(3).AddHours(2), TimeSpan.Zero);
        var coming = await desk.ShiftAsync(daysAhead - desk.Time.GetUtcNow());
        Assert.True((await desk.Shifts.SignUpAsync(userId, past, joinWaitlist: false)).Succeeded);
        Assert.True((await desk.Shifts.SignUpAsync(userId, coming, joinWaitlist: false)).Succeeded);

        var home = await HtmlPage.GetAsync(client, "/volunteer/home");
        var next = Assert.Single(home.Document.QuerySelectorAll("[data-testid=next-shift]"));
        Assert.Contains(daysAhead.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), next.TextContent, StringComparison.Ordinal);
        Assert.Contains("兰州火车站东广场", next.TextContent, StringComparison.Ordinal);
        Assert.Null(home.Document.QuerySelector("[data-testid=no-next-shift]"));
    }

    /// <summary>What accepting the invitation does: the volunteer chooses a password. Returns the sign-in e-mail.</summary>
    private async Task<string> SetPasswordAsync(string userId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByIdAsync(userId))!;
        var result = await users.AddPasswordAsync(user, TestUsers.Password);
        Assert.True(result.Succeeded);
        return user.Email!;
    }
}
