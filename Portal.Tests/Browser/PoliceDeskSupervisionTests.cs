using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Tests.Reporting;
using Portal.Tips.Attachments;
using Portal.Tips.Reporting;
using Portal.Tips.Police;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>What supervisors and administrators see of the police desk: evidence, the audit trail, grants.</summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class PoliceDeskSupervisionTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    // 皋兰县, used only here.
    private const string Gaolan = "620122";
    private const string Lanzhou = "620100";

    private OfficerGrants Grants => Fixture.Portal.Services.GetRequiredService<OfficerGrants>();

    [Fact]
    public async Task A_supervisor_sees_the_photo_downloads_the_original_and_reads_the_audit_trail_an_officer_gets_only_the_copy()
    {
        var tipId = (await Fixture.Portal.Services.GetRequiredService<TipIntake>().SubmitAsync(TipSubmissions.Valid("皋兰县一处砖厂有未成年人在干活，工头不让他们离开。") with
        {
            PlaceKey = Gaolan,
            Category = TipCategory.ForcedLabour,
        })).TipId!.Value;
        using (var photo = new MemoryStream(TestFiles.JpegWithGps("GPS-SUPERVISION")))
        {
            Assert.True((await Fixture.Portal.Services.GetRequiredService<TipAttachmentStore>().AddAsync(tipId, "砖厂大门.jpg", photo)).Accepted);
        }

        var supervisor = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Supervisor);
        Assert.Null((await Grants.SetGrantsAsync("test-admin", supervisor.Id, [Lanzhou])).Error);
        var page = await SignedInAtAsync(supervisor, $"/staff/tips/{tipId}");

        await WaitOrExplainAsync(page.Locator("[data-testid=tip-narrative]"));
        var thumbnail = page.Locator("img.tip-thumbnail");
        await Assertions.Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await thumbnail.EvaluateAsync<int>("img => img.naturalWidth") > 0);
        var original = page.Locator("[data-testid=attachment-original]");
        var download = await page.Context.APIRequest.GetAsync(Fixture.BaseUrl + "/" + await original.GetAttributeAsync("href"));
        Assert.Equal(200, download.Status);
        Assert.Contains("filename*=UTF-8''", download.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal("no-store", download.Headers["cache-control"]);

        await page.Locator("[data-testid=audit-show]").ClickAsync();
        var audit = page.Locator("[data-testid=audit-entries]");
        await WaitOrExplainAsync(audit);
        var trail = await audit.TextContentAsync();
        Assert.Contains("解密", trail, StringComparison.Ordinal);
        Assert.Contains("下载查看副本", trail, StringComparison.Ordinal);
        Assert.Contains("下载原件", trail, StringComparison.Ordinal);
        Assert.Contains("查看审计记录", trail, StringComparison.Ordinal);
        Assert.Contains("测试 Supervisor", trail, StringComparison.Ordinal);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "police-tip-supervisor.png"), FullPage = true });

        // The same page in English.
        await page.GotoAsync(Fixture.BaseUrl + $"/culture/en?returnUrl=%2Fstaff%2Ftips%2F{tipId}");
        await WaitOrExplainAsync(page.Locator("[data-testid=tip-heading]", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Tip [2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$") }));
        Assert.Contains("Forced labour", await page.Locator("main").TextContentAsync(), StringComparison.OrdinalIgnoreCase);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "police-tip-en.png"), FullPage = true });

        var officer = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Officer);
        Assert.Null((await Grants.SetGrantsAsync("test-admin", officer.Id, [Gaolan])).Error);
        var officerPage = await SignedInAtAsync(officer, $"/staff/tips/{tipId}");
        await WaitOrExplainAsync(officerPage.Locator("[data-testid=attachment-download]"));
        Assert.Equal(0, await officerPage.Locator("[data-testid=attachment-original]").CountAsync());
        Assert.Equal(0, await officerPage.Locator("[data-testid=tip-audit]").CountAsync());
        Assert.Contains("仅主管领导可以下载", await officerPage.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        var forbidden = await officerPage.Context.APIRequest.GetAsync(Fixture.BaseUrl + "/" + await original.GetAttributeAsync("href"), new() { MaxRedirects = 0 });
        Assert.Equal(403, forbidden.Status);
    }

    [Fact]
    public async Task A_security_administrator_grants_an_officer_a_county_and_the_officer_sees_its_queue()
    {
        var admin = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.SecurityAdministrator);
        var officer = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Officer);
        var page = await SignedInAtAsync(admin, "/staff/admin/users");

        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = officer.Email }) });
        await WaitOrExplainAsync(row);
        Assert.Equal("—", (await row.Locator("[data-testid=user-grants]").TextContentAsync())!.Trim());
        await row.Locator("[data-testid=user-edit-grants]").ClickAsync();
        await WaitOrExplainAsync(page.Locator("[data-testid=grants-editor]"));
        await page.GetByLabel("县区").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "兰州市 · 皋兰县" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("[data-testid=grants-save]").ClickAsync();

        await WaitOrExplainAsync(row.Locator("[data-testid=user-grants]", new() { HasText = "兰州市 · 皋兰县" }));
        Assert.Equal([Gaolan], await Grants.GrantsOfAsync(officer.Id));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-grants.png"), FullPage = true });
    }

    private Task<IPage> SignedInAtAsync(TestUsers.TestUser user, string path) => StaffPages.SignedInAsync(Fixture, user, path);

    private async Task WaitOrExplainAsync(ILocator locator)
    {
        try
        {
            await locator.First.WaitForAsync(new() { Timeout = 45_000 });
        }
        catch (TimeoutException exception)
        {
            var shot = Path.Combine(BrowserFixture.ScreenshotFolder, "police-supervision-timeout.png");
            await locator.Page.ScreenshotAsync(new() { Path = shot, FullPage = true });
            throw new TimeoutException($"Screenshot: {shot}\nPage: {locator.Page.Url}\nBrowser console:\n" + string.Join("\n", Fixture.BrowserMessages) + "\n" + exception.Message, exception);
        }
    }
}
