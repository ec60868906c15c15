using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// Taxonomy administration end to end: the administrator adds an audience term on 分类管理, an editor then finds it in
/// the audience picker of an item, and the administrator's audit view records the addition.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class ContentAdministrationJourneyTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task The_administrator_adds_an_audience_term_and_an_editor_then_picks_it_for_an_item()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var key = "delivery-riders-" + suffix;
        var labelZh = "外卖和快递骑手" + suffix;
        var administrator = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.SecurityAdministrator);
        var editor = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Editor);
        Assert.True((await Fixture.Portal.Services.GetRequiredService<DepartmentAdministration>()
            .GrantAsync(ContentActor.Person("test-admin", isAdministrator: true), editor.Id, DepartmentSeed.PublicityId, ContentRole.Editor, false)).Succeeded);
        var item = await Fixture.Portal.Services.GetRequiredService<ContentEditor>().CreateAsync(ContentActor.Person(editor.Id, ContentRole.Editor), ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft { Title = "骑手防骗提示 " + suffix, Fields = new ArticleFields() },
        });
        Assert.True(item.Succeeded, item.ToString());

        // The administrator adds the term on the Audience tab (the first).
        var admin = await StaffPages.SignedInAsync(Fixture, administrator, "/staff/content/taxonomy");
        await StaffPages.WaitOrExplainAsync(Fixture, admin.Locator("[data-testid=term][data-term-key=general-public]"), "content-admin-timeout.png");
        await admin.GetByLabel("键（英文标识）", new() { Exact = true }).FillAsync(key);
        await admin.GetByLabel("中文名称", new() { Exact = true }).FillAsync(labelZh);
        await admin.GetByLabel("英文名称", new() { Exact = true }).FillAsync("Delivery riders " + suffix);
        await admin.Locator("[data-testid=term-add-submit]").ClickAsync();
        await StaffPages.WaitOrExplainAsync(Fixture, admin.Locator("[data-testid=term-message]", new() { HasText = labelZh }), "content-admin-timeout.png");
        await StaffPages.WaitOrExplainAsync(Fixture, admin.Locator($"[data-testid=term][data-term-key={key}]"), "content-admin-timeout.png");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "content-taxonomy.png"), FullPage = false });

        // The editor opens the item and picks the new audience.
        var desk = await StaffPages.SignedInAsync(Fixture, editor, $"/staff/content/{item.Value!.ItemId}");
        await StaffPages.WaitOrExplainAsync(Fixture, desk.Locator("[data-testid=editor-heading]"), "content-admin-timeout.png");
        await desk.GetByLabel("受众", new() { Exact = true }).ClickAsync();
        var option = desk.GetByRole(AriaRole.Option, new() { Name = labelZh, Exact = true });
        await StaffPages.WaitOrExplainAsync(Fixture, option, "content-admin-timeout.png");
        await option.ClickAsync();
        await desk.Keyboard.PressAsync("Escape");
        await Assertions.Expect(desk.GetByLabel("受众", new() { Exact = true })).ToHaveValueAsync(labelZh, new() { Timeout = 45_000 });
        await desk.Locator("[data-testid=editor-save]").ClickAsync();
        await StaffPages.WaitOrExplainAsync(Fixture, desk.Locator("[data-testid=editor-message]", new() { HasText = "已保存为第 2 版" }), "content-admin-timeout.png");
        var saved = await Fixture.Portal.Services.GetRequiredService<ContentEditor>().OpenAsync(ContentActor.Person(editor.Id, ContentRole.Editor), item.Value.ItemId);
        Assert.Equal(new[] { key }, saved.Value!.Draft.Terms[Vocabulary.Audience]);

        // The audit view records who added it.
        await admin.GotoAsync(Fixture.BaseUrl + "/staff/content/audit");
        await StaffPages.WaitOrExplainAsync(Fixture, admin.Locator("[data-testid=audit-table] tr", new() { HasText = $"Audience:{key}" }), "content-admin-timeout.png");
        var row = admin.Locator("[data-testid=audit-table] tr", new() { HasText = $"Audience:{key}" });
        Assert.Contains("新增分类", await row.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains($"测试 {PortalRoles.SecurityAdministrator}", await row.TextContentAsync(), StringComparison.Ordinal);
        await admin.EvaluateAsync("window.scrollTo(0, 0)");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "content-audit.png"), FullPage = true });
    }
}
