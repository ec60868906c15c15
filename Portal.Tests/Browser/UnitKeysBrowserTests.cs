using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Tips.Police;
using Portal.Tips.Sealing;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// A supervisor at the unit-keys page, in Chinese: their sign-in opened their unit's key, they give it to a colleague
/// who joins, and remove them again, which renews the unit's key.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class UnitKeysBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    // 天水市, used only here; no provincial key is made, so other tests' tips stay as they were.
    private const string Tianshui = "620500";

    private T Service<T>()
        where T : notnull => Fixture.Portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task A_supervisor_gives_the_unit_key_to_a_colleague_who_joins_and_removes_them_again()
    {
        var supervisor = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Supervisor);
        var colleague = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Officer);
        foreach (var user in new[] { supervisor, colleague })
        {
            Assert.Null((await Service<OfficerGrants>().SetGrantsAsync("test-admin", user.Id, [Tianshui])).Error);
        }

        // The colleague has signed in once (that made their own key); the supervisor's first sign-in is this one.
        await Service<UnitKeyStore>().EnrolAsync(colleague.Id, colleague.Password);
        await Service<UnitKeyStore>().EnrolAsync(supervisor.Id, supervisor.Password);
        Assert.True((await Service<UnitKeyStore>().CreateUnitAsync("test-admin", Tianshui, [supervisor.Id])).Succeeded);

        var page = await StaffPages.SignedInAsync(Fixture, supervisor, "/staff/unit-keys");
        var unit = page.Locator("[data-testid=unit-key]");
        await StaffPages.WaitOrExplainAsync(Fixture, unit, "unit-keys-timeout.png");
        Assert.Contains("天水市", await unit.Locator("h2").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-testid=unit-members] li").CountAsync());

        await page.GetByLabel("授予给同事", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = $"测试 Officer（{colleague.Email}）", Exact = true }).ClickAsync();
        var grant = page.Locator("[data-testid=unit-grant]");
        await Assertions.Expect(grant).ToBeEnabledAsync();
        await grant.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=unit-keys-feedback]")).ToContainTextAsync("已授予");
        await Assertions.Expect(page.Locator("[data-testid=unit-members] li")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "unit-keys-zh.png"), FullPage = true });
        using (var joined = (await Service<UnitKeyStore>().UnlockAsync(colleague.Id, colleague.Password))!)
        {
            Assert.Contains((Tianshui, 1), joined.Units);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "移除 测试 Officer 的单位密钥" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=unit-keys-feedback]")).ToContainTextAsync("单位密钥已更新");
        await Assertions.Expect(page.Locator("[data-testid=unit-members] li")).ToHaveCountAsync(1);
        Assert.Equal(2, Assert.Single(await Service<UnitKeyStore>().RecipientsAsync([Tianshui])).Generation);
        using var left = (await Service<UnitKeyStore>().UnlockAsync(colleague.Id, colleague.Password))!;
        Assert.DoesNotContain((Tianshui, 2), left.Units);
    }
}
