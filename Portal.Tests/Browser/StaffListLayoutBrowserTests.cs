using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// The content list on a narrow window next to a long title: the title wraps, the short labels beside it (文章 or 课程,
/// the language, 草稿) stay whole instead of breaking one character per line.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class StaffListLayoutBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task Short_labels_in_the_content_list_stay_on_one_line_beside_a_long_title()
    {
        var user = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Editor);
        var administrator = ContentActor.Person("test-admin", isAdministrator: true);
        Assert.True((await Fixture.Portal.Services.GetRequiredService<DepartmentAdministration>()
            .GrantAsync(administrator, user.Id, DepartmentSeed.PublicityId, ContentRole.Editor, includesSubDepartments: true)).Succeeded);
        var title = Drafts.Unique("面向初中学生的反拐卖安全教育：识别诱骗、保护自己、及时求助和报警，六个课时的教学安排和教师指南");
        var created = await Fixture.Portal.Services.GetRequiredService<ContentEditor>().CreateAsync(
            ContentActor.Person(user.Id, ContentRole.Editor),
            ContentType.Article,
            new NewContentItem
            {
                OwnerDepartmentId = DepartmentSeed.PublicityId,
                Draft = new ContentDraft { Title = title, Summary = "六个课时。", Fields = new ArticleFields() },
            });
        Assert.True(created.Succeeded, created.ToString());

        var page = await StaffPages.SignedInAsync(Fixture, user, "/staff/content");
        await page.SetViewportSizeAsync(900, 900);
        var row = page.Locator("tr", new() { Has = page.GetByText(title) });
        await row.WaitForAsync();

        var cells = await row.EvaluateAsync<double[]>(@"row => [...row.cells].map(cell => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return new Set([...range.getClientRects()].filter(rect => rect.width > 0).map(rect => Math.round(rect.top))).size;
        })");
        Assert.True(cells[0] > 1, "the long title wraps");
        Assert.All(cells.Skip(1), lines => Assert.Equal(1, lines));
        Assert.Equal("文章", (await row.Locator("td").Nth(1).TextContentAsync())!.Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "staff-content-list-900.png") });
    }
}
