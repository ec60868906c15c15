using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Web.Content;
using Portal.Web.Content.Media;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// axe (WCAG 2.1 A/AA and 2.2 AA) over every page of the content manager as a person who edits, reviews and publishes
/// in the publicity department sees it, each editor tab included.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class ContentManagerAccessibilityTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task The_content_manager_pages_have_no_accessibility_violations()
    {
        var user = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Reviewer);
        await using (var scope = Fixture.Portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var person = (await users.FindByIdAsync(user.Id))!;
            Assert.True((await users.AddToRolesAsync(person, [PortalRoles.Editor, PortalRoles.Publisher])).Succeeded);
        }

        var departments = Fixture.Portal.Services.GetRequiredService<DepartmentAdministration>();
        var administrator = ContentActor.Person("test-admin", isAdministrator: true);
        foreach (var role in new[] { ContentRole.Editor, ContentRole.Reviewer, ContentRole.Publisher })
        {
            Assert.True((await departments.GrantAsync(administrator, user.Id, DepartmentSeed.PublicityId, role, includesSubDepartments: true)).Succeeded);
        }

        // An item in review, so the review queue and the workflow tab have something to show.
        var actor = ContentActor.Person(user.Id, ContentRole.Editor, ContentRole.Reviewer, ContentRole.Publisher);
        var created = await Fixture.Portal.Services.GetRequiredService<ContentEditor>().CreateAsync(actor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft
            {
                Title = "外出务工前要核实招工信息", Summary = "高薪招工先核实，身份证不交人。", Fields = new ArticleFields(),
                Blocks = [new RichTextBlock { Id = Guid.NewGuid(), Html = "<p>遇到要求先交费、交身份证的招工，请先向当地人社部门核实。</p>" }],
            },
        });
        Assert.True(created.Succeeded, created.ToString());
        Assert.True((await Fixture.Portal.Services.GetRequiredService<ContentWorkflow>().SubmitAsync(actor, created.Value!.VersionId, "请审核")).Succeeded);

        var page = await StaffPages.SignedInAsync(Fixture, user, "/staff/content");
        await page.Locator("[data-testid=content-link]").First.WaitForAsync();
        await StaffPages.AssertNoAxeViolationsAsync(page, "content list");

        await page.GotoAsync(Fixture.BaseUrl + "/staff/content/review");
        await page.Locator("[data-testid=review-link]").First.WaitForAsync();
        await StaffPages.AssertNoAxeViolationsAsync(page, "review queue");

        await page.GotoAsync(Fixture.BaseUrl + ContentUrls.Editor(created.Value.ItemId));
        await page.Locator("[data-testid=editor-heading]").WaitForAsync();
        await StaffPages.AssertNoAxeViolationsAsync(page, "editor, content tab");
        foreach (var (tab, ready) in new[] { ("审核与发布", "[data-testid=workflow-history]"), ("历史版本", "[data-testid=revisions]"), ("语言和版本", "[data-testid=variants]") })
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            await page.Locator(ready).First.WaitForAsync();
            await StaffPages.AssertNoAxeViolationsAsync(page, "editor, tab " + tab);
        }

        await page.GotoAsync(Fixture.BaseUrl + ContentUrls.Preview(created.Value.ItemId, created.Value.VersionId));
        await page.Locator("main h1, article h1").First.WaitForAsync();
        await StaffPages.AssertNoAxeViolationsAsync(page, "preview");

        // The media library and one file's page.
        using var photo = new MemoryStream(TestFiles.JpegWithGps("axe-media", 640, 360));
        var uploaded = await Fixture.Portal.Services.GetRequiredService<MediaLibrary>().UploadAsync(
            actor, new MediaUpload { DepartmentId = DepartmentSeed.PublicityId, FileName = "车站海报.jpg", Content = photo });
        Assert.True(uploaded.Succeeded, uploaded.ToString());
        await page.GotoAsync(Fixture.BaseUrl + "/staff/media");
        await page.Locator("[data-testid=media-link]").First.WaitForAsync();
        await StaffPages.AssertNoAxeViolationsAsync(page, "media library");
        await page.GotoAsync(Fixture.BaseUrl + MediaUrls.Edit(uploaded.Value!.Asset.Id));
        await page.Locator("[data-testid=asset-heading]").WaitForAsync();
        await StaffPages.AssertNoAxeViolationsAsync(page, "media file");
    }

    [Fact]
    public async Task The_content_administration_pages_have_no_accessibility_violations()
    {
        var administrator = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.SecurityAdministrator);
        var page = await StaffPages.SignedInAsync(Fixture, administrator, "/staff/content/taxonomy");
        await page.Locator("[data-testid=term]").First.WaitForAsync();
        await StaffPages.AssertNoAxeViolationsAsync(page, "taxonomy");
        await page.GotoAsync(Fixture.BaseUrl + "/staff/content/departments");
        await page.Locator("[data-testid=department]").First.WaitForAsync();
        await StaffPages.AssertNoAxeViolationsAsync(page, "departments");
        await page.GotoAsync(Fixture.BaseUrl + "/staff/content/audit");
        await page.Locator("[data-testid=audit-table]").First.WaitForAsync();
        await StaffPages.AssertNoAxeViolationsAsync(page, "audit");
    }
}
