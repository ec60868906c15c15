using Portal.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Tips.Volunteers;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;
using Portal.Tips.Volunteers.Shifts;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>Sign-up → the coordinator accepts → the volunteer takes a shift → logs hours → the coordinator approves → certificate.</summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class VolunteerJourneyTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task A_volunteer_signs_up_is_accepted_takes_a_shift_logs_hours_that_are_approved_and_prints_a_certificate()
    {
        var services = Fixture.Portal.Services;
        var coordinator = await TestUsers.CreateAsync(services, PortalRoles.VolunteerCoordinator);
        Assert.Null((await services.GetRequiredService<VolunteerRegions>().SetGrantsAsync(coordinator.Id, ["620100"])).Error);
        var email = $"journey-{Guid.NewGuid():N}@example.test";
        var phone = "137" + Random.Shared.Next(10_000_000, 99_999_999);

        // 1. The public sign-up, with JavaScript off.
        var applicant = await Fixture.NewPageAsync(javaScript: false);
        await applicant.GotoAsync(Fixture.BaseUrl + "/volunteer");
        await applicant.Locator("#name").FillAsync("马志愿");
        await applicant.Locator("#phone").FillAsync(phone);
        await applicant.Locator("#email").FillAsync(email);
        await applicant.Locator("#birth").FillAsync("1994-09-21");
        await applicant.Locator("#place").SelectOptionAsync("620102");
        await applicant.Locator("#skill-tibetan").CheckAsync();
        await applicant.Locator("#skill-sign-language").CheckAsync();
        await applicant.Locator("#availability").FillAsync("周末");
        await applicant.Locator("#consent-privacy").CheckAsync();
        await applicant.Locator("#consent-background").CheckAsync();
        await applicant.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "volunteer-signup.png"), FullPage = true });
        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交报名" }).ClickAsync();
        await WaitForUrlOrExplainAsync(applicant, "**/volunteer/thanks?ref=*");
        var reference = await applicant.Locator("[data-testid=volunteer-reference]").TextContentAsync();

        // 2. The coordinator of Lanzhou reviews, accepts (an account and its invitation link) and activates.
        var staff = await StaffPages.SignedInAsync(Fixture, coordinator, "/staff/volunteers");
        await WaitOrExplainAsync(staff.GetByRole(AriaRole.Link, new() { Name = reference }));
        await staff.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await WaitOrExplainAsync(staff.Locator("[data-testid=start-review]"));
        await staff.Locator("[data-testid=start-review]").ClickAsync();
        await WaitOrExplainAsync(staff.Locator("[data-testid=volunteer-status]", new() { HasText = "审核中" }));
        await staff.GetByLabel("所在队伍").FillAsync("城关区一队");
        await staff.Locator("[data-testid=accept]").ClickAsync();
        var link = staff.Locator("[data-testid=volunteer-invitation-link]");
        await WaitOrExplainAsync(link);
        var invitation = (await link.TextContentAsync())!;
        await staff.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "coordinator-accepted.png"), FullPage = true });
        await staff.Locator("[data-testid=activate]").ClickAsync();
        await WaitOrExplainAsync(staff.Locator("[data-testid=volunteer-status]", new() { HasText = "在岗志愿者" }));

        // The coordinator creates the opportunity and its shift on its page, typing the day and times into the pickers.
        await staff.GotoAsync(Fixture.BaseUrl + "/staff/volunteers/opportunities");
        await WaitOrExplainAsync(staff.Locator("[data-testid=create-opportunity]"));
        var title = "兰州站反拐宣传 " + reference;
        // The place first: MudSelect reports its choice through script, and typing the title afterwards leaves it time to arrive.
        await staff.GetByLabel("所在地区").ClickAsync();
        await staff.GetByRole(AriaRole.Option, new() { Name = "— 城关区" }).ClickAsync();
        await staff.GetByRole(AriaRole.Option, new() { Name = "— 城关区" }).WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        // The select reports its choice back to the server after it closes; wait until the field shows it.
        await Assertions.Expect(staff.GetByLabel("所在地区")).ToHaveValueAsync("城关区", new() { Timeout = 45_000 });
        await staff.GetByLabel("名称").FillAsync(title);
        await staff.Locator("[data-testid=create-opportunity]").ClickAsync();
        await WaitOrExplainAsync(staff.Locator("[data-testid=opportunity]", new() { HasText = title }));
        var start = TimeProvider.System.GetUtcNow().ToOffset(ChinaTime.Offset).AddDays(2);
        var panel = staff.Locator("[data-testid=opportunity]", new() { HasText = title });
        await panel.GetByText("添加班次").First.ClickAsync();
        await panel.GetByLabel("日期", new() { Exact = true }).FillAsync(start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await panel.GetByLabel("日期", new() { Exact = true }).PressAsync("Tab");
        await panel.GetByLabel("开始时间", new() { Exact = true }).FillAsync("09:00");
        await panel.GetByLabel("开始时间", new() { Exact = true }).PressAsync("Tab");
        await panel.GetByLabel("结束时间", new() { Exact = true }).FillAsync("12:00");
        await panel.GetByLabel("结束时间", new() { Exact = true }).PressAsync("Tab");
        await panel.GetByLabel("地点", new() { Exact = true }).FillAsync("兰州火车站东广场");
        await panel.GetByLabel("地点", new() { Exact = true }).PressAsync("Tab");
        await panel.Locator("[data-testid=add-shift]").ClickAsync();
        await WaitOrExplainAsync(panel.GetByText("09:00", new() { Exact = false }).First);
        var shifts = services.GetRequiredService<VolunteerShifts>();
        var opportunity = (await shifts.OpportunitiesForCoordinatorAsync(coordinator.Id)).Single(o => o.Title == title);
        var shift = Assert.Single(opportunity.Shifts);
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(shift.StartsAt.ToOffset(ChinaTime.Offset).DateTime));
        Assert.Equal(new TimeOnly(12, 0), TimeOnly.FromDateTime(shift.EndsAt.ToOffset(ChinaTime.Offset).DateTime));

        // 3. The volunteer sets a password through the link, signs in and takes the shift.
        var volunteer = await Fixture.NewPageAsync(javaScript: false);
        await volunteer.GotoAsync(invitation);
        await volunteer.GetByLabel("新密码", new() { Exact = true }).FillAsync(TestUsers.Password);
        await volunteer.GetByLabel("再次输入新密码").FillAsync(TestUsers.Password);
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "设置密码" }).ClickAsync();
        await volunteer.GotoAsync(Fixture.BaseUrl + "/account/login");
        await volunteer.GetByLabel("邮箱").FillAsync(email);
        await volunteer.GetByLabel("密码").FillAsync(TestUsers.Password);
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await volunteer.WaitForURLAsync("**/volunteer/home");
        Assert.Contains("在岗志愿者", await volunteer.Locator("[data-testid=volunteer-outcome]").TextContentAsync(), StringComparison.Ordinal);
        await volunteer.GotoAsync(Fixture.BaseUrl + "/volunteer/shifts");
        var card = volunteer.Locator("[data-testid=shift-card]", new() { HasText = title });
        await card.GetByRole(AriaRole.Button, new() { Name = "报名" }).ClickAsync();
        Assert.Contains("报名成功", await volunteer.Locator("[data-testid=shift-message]").TextContentAsync(), StringComparison.Ordinal);

        // Time passes: the shift is over (moved two days back, as the clock of this host cannot be faked).
        await using (var context = await services.GetRequiredService<IDbContextFactory<VolunteersDbContext>>().CreateDbContextAsync())
        {
            var stored = await context.Set<Shift>().SingleAsync(s => s.Id == shift.Id);
            stored.StartsAt = stored.StartsAt.AddDays(-3);
            stored.EndsAt = stored.EndsAt.AddDays(-3);
            await context.SaveChangesAsync();
        }

        // 4. The volunteer logs 2.5 hours.
        await volunteer.GotoAsync(Fixture.BaseUrl + "/volunteer/shifts");
        await volunteer.Locator("#log-shift").SelectOptionAsync(shift.Id.ToString());
        await volunteer.Locator("#log-hours").FillAsync("2.5");
        await volunteer.Locator("#log-note").FillAsync("发放宣传册 300 份");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "提交时长" }).ClickAsync();
        Assert.Contains("时长已提交", await volunteer.Locator("[data-testid=shift-message]").TextContentAsync(), StringComparison.Ordinal);

        // 5. The coordinator approves.
        await staff.GotoAsync(Fixture.BaseUrl + "/staff/volunteers/hours");
        var row = staff.Locator("tr", new() { HasText = "马志愿" });
        await WaitOrExplainAsync(row.Locator("[data-testid=approve-hours]"));
        await row.Locator("[data-testid=approve-hours]").ClickAsync();
        await WaitOrExplainAsync(staff.Locator("[data-testid=total-row]", new() { HasText = "马志愿" }));
        Assert.StartsWith("已通过 马志愿 的 2.5 小时服务时长（" + title, await staff.Locator("[data-testid=coord-message]").TextContentAsync(), StringComparison.Ordinal);
        await staff.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "coordinator-hours.png"), FullPage = true });

        // 6. The approved hours are on the certificate.
        await volunteer.GotoAsync(Fixture.BaseUrl + "/volunteer/shifts");
        Assert.Contains("已通过", await volunteer.Locator("[data-testid=hours-row]").TextContentAsync(), StringComparison.Ordinal);
        await volunteer.GotoAsync(Fixture.BaseUrl + "/volunteer/certificate");
        var certificate = await volunteer.Locator("[data-testid=certificate]").TextContentAsync();
        Assert.Contains("马志愿", certificate, StringComparison.Ordinal);
        Assert.Contains("共计 2.5 小时", certificate, StringComparison.Ordinal);
        await volunteer.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("none", await volunteer.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        await volunteer.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "volunteer-certificate-print.png"), FullPage = true });
    }

    private async Task WaitOrExplainAsync(ILocator locator)
    {
        try
        {
            await locator.WaitForAsync(new() { Timeout = 45_000 });
        }
        catch (TimeoutException exception)
        {
            await locator.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "volunteer-journey-timeout.png"), FullPage = true });
            var errors = locator.Page.Locator("[data-testid=coord-errors]");
            var shown = await errors.CountAsync() > 0 ? await errors.First.TextContentAsync() : "(none)";
            throw new TimeoutException(exception.Message + $"\nPage: {locator.Page.Url}\nErrors on the page: {shown}\nBrowser console:\n" + string.Join("\n", Fixture.BrowserMessages), exception);
        }
    }

    /// <summary>When the sign-up does not lead on, say where the page stands and what it shows (an error, a refusal).</summary>
    private static async Task WaitForUrlOrExplainAsync(IPage page, string url)
    {
        try
        {
            await page.WaitForURLAsync(url);
        }
        catch (TimeoutException exception)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "volunteer-signup-timeout.png"), FullPage = true });
            var text = await page.Locator("main").First.InnerTextAsync(new() { Timeout = 5_000 });
            throw new TimeoutException(exception.Message + $"\nPage: {page.Url}\nIt shows: {text[..Math.Min(text.Length, 600)]}", exception);
        }
    }
}
