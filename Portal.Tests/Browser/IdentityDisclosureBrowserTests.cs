using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Tips.Reporting;
using Portal.Tips.Sealing;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// A named reporter's identity, in Chinese in Chromium: the county investigator asks with a reason, the supervisor and
/// the provincial office each approve on their own sign-in, and only the investigator, in the sign-in they asked from,
/// opens it; the supervisor who approved never sees it.
/// </summary>
/// <remarks>
/// Sealing switches on for every new tip once the province has a key, so the province's and the county's keys live
/// only for this test and are removed at its end: the browser collection's other tests keep their unsealed tips.
/// </remarks>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class IdentityDisclosureBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    // 陇南市武都区, used only here.
    private const string County = "621202";

    private T Service<T>()
        where T : notnull => Fixture.Portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task An_investigator_sees_a_named_reporter_only_after_a_supervisor_and_the_province_approve()
    {
        var investigator = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Officer);
        var supervisor = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Supervisor);
        var province = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Officer);
        foreach (var (user, unit) in new[] { (investigator, County), (supervisor, County), (province, Jurisdictions.Province) })
        {
            Assert.Null((await Service<OfficerGrants>().SetGrantsAsync("test-admin", user.Id, [unit])).Error);
            await Service<UnitKeyStore>().EnrolAsync(user.Id, user.Password);
        }

        try
        {
            Assert.True((await Service<UnitKeyStore>().CreateUnitAsync("test-admin", County, [investigator.Id, supervisor.Id])).Succeeded);
            Assert.True((await Service<UnitKeyStore>().CreateUnitAsync("test-admin", Jurisdictions.Province, [province.Id])).Succeeded);
            Service<UnitRecipients>().Changed();
            var named = TipSubmissions.Valid() with { PlaceKey = County, Mode = ReporterMode.Named, Name = "马春花", Phone = "13909390123" };
            var tipId = (await Service<TipIntake>().SubmitAsync(named)).TipId!.Value;
            var tipPath = $"/staff/tips/{tipId}";

            var asking = await StaffPages.SignedInAsync(Fixture, investigator, tipPath);
            var panel = asking.Locator("[data-testid=identity-disclosure]");
            await StaffPages.WaitOrExplainAsync(Fixture, panel, "disclosure-timeout.png");
            Assert.DoesNotContain("马春花", await asking.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await panel.Locator("textarea[data-testid=disclosure-reason], [data-testid=disclosure-reason] textarea").First.FillAsync("需要联系举报人核实面包车去向");
            await panel.Locator("[data-testid=disclosure-request]").ClickAsync();
            await Assertions.Expect(panel.Locator("[data-testid=disclosure-state]")).ToHaveTextAsync("等待本地主管和省级办公室批准");
            await Assertions.Expect(panel.Locator("[data-testid=disclosure-approve]")).ToHaveCountAsync(0);

            var approving = await StaffPages.SignedInAsync(Fixture, supervisor, tipPath);
            var supervisorPanel = approving.Locator("[data-testid=identity-disclosure]");
            await StaffPages.WaitOrExplainAsync(Fixture, supervisorPanel.Locator("[data-testid=disclosure-approve]"), "disclosure-timeout.png");
            await Assertions.Expect(supervisorPanel).ToContainTextAsync("需要联系举报人核实面包车去向");
            await supervisorPanel.Locator("[data-testid=disclosure-approve]").ClickAsync();
            await Assertions.Expect(supervisorPanel.Locator("[data-testid=disclosure-state]")).ToContainTextAsync("（本地主管）已批准，等待省级办公室批准");

            // One approval is not enough: the investigator still has nothing to open.
            await asking.ReloadAsync();
            await StaffPages.WaitOrExplainAsync(Fixture, panel.Locator("[data-testid=disclosure-state]", new() { HasText = "等待省级办公室批准" }), "disclosure-timeout.png");
            await Assertions.Expect(panel.Locator("[data-testid=disclosure-open]")).ToHaveCountAsync(0);

            var office = await StaffPages.SignedInAsync(Fixture, province, tipPath);
            var officePanel = office.Locator("[data-testid=identity-disclosure]");
            await StaffPages.WaitOrExplainAsync(Fixture, officePanel.Locator("[data-testid=disclosure-approve]"), "disclosure-timeout.png");
            await officePanel.Locator("[data-testid=disclosure-approve]").ClickAsync();
            await Assertions.Expect(officePanel.Locator("[data-testid=disclosure-state]")).ToHaveTextAsync("已获两级批准");
            await Assertions.Expect(officePanel.Locator("[data-testid=disclosure-open]")).ToHaveCountAsync(0);

            await asking.ReloadAsync();
            await StaffPages.WaitOrExplainAsync(Fixture, panel.Locator("[data-testid=disclosure-open]"), "disclosure-timeout.png");
            await panel.Locator("[data-testid=disclosure-open]").ClickAsync();
            await Assertions.Expect(panel).ToContainTextAsync("马春花");
            await Assertions.Expect(panel).ToContainTextAsync("13909390123");
            await asking.EvaluateAsync("window.scrollTo(0, 0)");
            await asking.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "identity-disclosure-opened.png"), FullPage = true });

            await approving.ReloadAsync();
            await StaffPages.WaitOrExplainAsync(Fixture, supervisorPanel.Locator("[data-testid=disclosure-state]", new() { HasText = "已获两级批准" }), "disclosure-timeout.png");
            Assert.DoesNotContain("马春花", await approving.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await Assertions.Expect(supervisorPanel.Locator("[data-testid=disclosure-open]")).ToHaveCountAsync(0);
        }
        finally
        {
            await using var context = await Service<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
            string[] units = [County, Jurisdictions.Province];
            await context.Set<UnitKeyShareRecord>().Where(s => units.Contains(s.Unit)).ExecuteDeleteAsync();
            await context.Set<UnitKeyRecord>().Where(k => units.Contains(k.Unit)).ExecuteDeleteAsync();
            Service<UnitRecipients>().Changed();
        }
    }
}
