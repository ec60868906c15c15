using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Types;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Web.Content;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// Accessibility where content is written, and a way back from review: the editor is told at save which block lacks
/// alt text and taken to the field, cannot submit until it is fixed, and gets the library's alt text by picking the
/// file; the reviewer sees the image in the preview and returns the article with a comment; the editor sees the
/// comment, fixes it and submits again; the reviewer approves and the publisher publishes.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class ContentReviewRoundTripJourneyTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    private const string LibraryAlt = "火车站出站口，一名男子举着写有“高薪招工”的牌子。";
    private const string LibraryCaption = "出站口的招工牌";
    private const string Comment = "请在正文末尾补充举报电话 110。";

    [Fact]
    public async Task An_article_goes_from_editor_to_reviewer_back_with_a_comment_and_on_to_the_publisher()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var title = $"出站口的招工牌 {marker}";
        var editor = await ContentUserAsync(PortalRoles.Editor, ContentRole.Editor);
        var reviewer = await ContentUserAsync(PortalRoles.Reviewer, ContentRole.Reviewer);
        var publisher = await ContentUserAsync(PortalRoles.Publisher, ContentRole.Publisher);
        var editorActor = ContentActor.Person(editor.Id, ContentRole.Editor);
        var fileName = $"招工牌-{marker}.jpg";
        using var photo = new MemoryStream(TestFiles.JpegWithGps(marker, 640, 360));
        var uploaded = await Fixture.Portal.Services.GetRequiredService<MediaLibrary>().UploadAsync(editorActor, new MediaUpload
        {
            DepartmentId = DepartmentSeed.PublicityId, FileName = fileName, Content = photo,
            Texts = [new MediaTextInput(ContentCultures.Chinese, LibraryAlt, LibraryCaption)],
        });
        Assert.True(uploaded.Succeeded, uploaded.ToString());
        // An earlier draft placed the image without its texts.
        var image = new ImageBlock { Id = Guid.NewGuid(), AssetId = uploaded.Value!.Asset.Id };
        var created = await Fixture.Portal.Services.GetRequiredService<ContentEditor>().CreateAsync(editorActor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft
            {
                Title = title, Summary = "以招工为名的诱骗。", Fields = new ArticleFields(),
                Blocks = [new RichTextBlock { Id = Guid.NewGuid(), Html = "<p>高薪招工先核实。</p>" }, image],
            },
        });
        Assert.True(created.Succeeded, created.ToString());
        var itemId = created.Value!.ItemId;
        var altInput = $"#{FieldFocus.IdOf(image.Id, "alt")}";

        // Saving says, in words, which block lacks what, and takes the editor there.
        var desk = await StaffPages.SignedInAsync(Fixture, editor, ContentUrls.Editor(itemId));
        await WaitAsync(desk.Locator("[data-testid=editor-heading]", new() { HasText = title }));
        await desk.Locator("[data-testid=editor-save]").ClickAsync();
        var summary = desk.Locator("[data-testid=editor-prepublish]");
        await WaitAsync(summary);
        await Assertions.Expect(summary.Locator("[data-testid=editor-prepublish-problem]")).ToHaveCountAsync(1);
        await Assertions.Expect(summary.Locator("[data-testid=editor-prepublish-problem]")).ToContainTextAsync("第 2 块（图片）缺少替代文字");
        var imageBlock = desk.Locator("[data-testid=block][data-block-type=image]");
        await Assertions.Expect(imageBlock.Locator("[data-testid=block-problem]")).ToContainTextAsync("第 2 块（图片）缺少替代文字");
        await Screenshot(desk, "review-roundtrip-1-save-warning.png");
        await summary.GetByRole(AriaRole.Button, new() { Name = "转到此处" }).ClickAsync();
        await Assertions.Expect(desk.Locator(altInput)).ToBeFocusedAsync();

        // Submitting is refused with the same words; the link goes back to the content tab and into the field.
        await desk.GetByRole(AriaRole.Tab, new() { Name = "审核与发布" }).ClickAsync();
        await desk.Locator("[data-testid=workflow-submit]").ClickAsync();
        await WaitAsync(desk.Locator("[data-testid=workflow-feedback]", new() { HasText = "未提交审核" }));
        await Assertions.Expect(desk.Locator("[data-testid=workflow-problem]")).ToContainTextAsync("第 2 块（图片）缺少替代文字");
        await Screenshot(desk, "review-roundtrip-2-submit-refused.png");
        await desk.Locator("[data-testid=workflow-problem]").GetByRole(AriaRole.Button, new() { Name = "转到此处" }).ClickAsync();
        await Assertions.Expect(desk.Locator(altInput)).ToBeFocusedAsync(new() { Timeout = 15_000 });

        // Picking the file again brings the library's alt text and caption, which stay editable for this use.
        await PickAsync(desk, imageBlock, fileName);
        await Assertions.Expect(desk.Locator(altInput)).ToHaveValueAsync(LibraryAlt);
        await Assertions.Expect(desk.Locator($"#{FieldFocus.IdOf(image.Id, "caption")}")).ToHaveValueAsync(LibraryCaption);
        await Assertions.Expect(imageBlock.Locator("[data-testid=image-from-library]")).ToBeVisibleAsync();
        await desk.Locator("[data-testid=editor-save]").ClickAsync();
        await WaitAsync(desk.Locator("[data-testid=editor-message]", new() { HasText = "已保存为第 3 版" }));
        Assert.Equal(0, await desk.Locator("[data-testid=editor-prepublish]").CountAsync());
        await desk.GetByRole(AriaRole.Tab, new() { Name = "审核与发布" }).ClickAsync();
        await desk.Locator("[data-testid=workflow-submit]").ClickAsync();
        await WaitAsync(desk.Locator("[data-testid=workflow-feedback]", new() { HasText = "已提交审核" }));

        // The reviewer sees the picture in the preview, then returns the article with a comment.
        var review = await StaffPages.SignedInAsync(Fixture, reviewer, ContentUrls.Editor(itemId));
        await WaitAsync(review.Locator("[data-testid=editor-heading]", new() { HasText = title }));
        var previewHref = (await review.Locator("[data-testid=editor-preview]").GetAttributeAsync("href"))!;
        var preview = await review.Context.NewPageAsync();
        await preview.GotoAsync(Fixture.BaseUrl + "/" + previewHref);
        var previewImage = preview.Locator("main figure img");
        Assert.Equal(LibraryAlt, await previewImage.GetAttributeAsync("alt"));
        Assert.True(0 < await previewImage.EvaluateAsync<int>("i => i.complete ? i.naturalWidth : new Promise(r => { i.addEventListener('load', () => r(i.naturalWidth)); i.addEventListener('error', () => r(0)); })"), "the draft's picture shows in the preview");
        await preview.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "review-roundtrip-3-preview.png"), FullPage = true });
        await preview.CloseAsync();
        await review.GetByRole(AriaRole.Tab, new() { Name = "审核与发布" }).ClickAsync();
        await review.GetByLabel("意见或说明", new() { Exact = true }).FillAsync(Comment);
        await review.Locator("[data-testid=workflow-request-changes]").ClickAsync();
        await WaitAsync(review.Locator("[data-testid=workflow-feedback]", new() { HasText = "已退回修改" }));

        // The editor's list shows it returned; the editor page shows who returned it and the comment.
        await desk.GotoAsync(Fixture.BaseUrl + "/staff/content");
        var row = desk.Locator("[data-testid=content-list] tr", new() { HasText = title });
        await WaitAsync(row);
        await Assertions.Expect(row.Locator("[data-testid=state]")).ToHaveTextAsync("退回修改");
        await row.Locator("[data-testid=content-link]").ClickAsync();
        await WaitAsync(desk.Locator("[data-testid=editor-returned]"));
        await Assertions.Expect(desk.Locator("[data-testid=editor-returned-comment]")).ToHaveTextAsync(Comment);
        await Assertions.Expect(desk.Locator("[data-testid=editor-returned]")).ToContainTextAsync("退回修改");
        await Screenshot(desk, "review-roundtrip-4-returned.png");

        // The editor adds the line in the rich-text editor, saves and submits again.
        var text = desk.Locator("[data-testid=block][data-block-type=richText] .rte-content");
        await WaitAsync(text);
        await text.ClickAsync();
        await desk.Keyboard.PressAsync("Control+End");
        await desk.Keyboard.PressAsync("Enter");
        await desk.Keyboard.InsertTextAsync("发现可疑情况请拨打 110。");
        await desk.Locator("[data-testid=editor-save]").ClickAsync();
        await WaitAsync(desk.Locator("[data-testid=editor-message]", new() { HasText = "已保存为第 4 版" }));
        Assert.Equal(0, await desk.Locator("[data-testid=editor-returned]").CountAsync());
        await desk.GetByRole(AriaRole.Tab, new() { Name = "审核与发布" }).ClickAsync();
        await desk.Locator("[data-testid=workflow-submit]").ClickAsync();
        await WaitAsync(desk.Locator("[data-testid=workflow-feedback]", new() { HasText = "已提交审核" }));

        // The reviewer approves; the publisher publishes.
        await review.ReloadAsync();
        await review.GetByRole(AriaRole.Tab, new() { Name = "审核与发布" }).ClickAsync();
        await WaitAsync(review.Locator("[data-testid=diff]", new() { HasText = "110" }));
        await review.Locator("[data-testid=workflow-approve]").ClickAsync();
        await WaitAsync(review.Locator("[data-testid=workflow-feedback]", new() { HasText = "已审核通过" }));

        var publishing = await StaffPages.SignedInAsync(Fixture, publisher, ContentUrls.Editor(itemId));
        await WaitAsync(publishing.Locator("[data-testid=editor-heading]", new() { HasText = title }));
        await publishing.GetByRole(AriaRole.Tab, new() { Name = "审核与发布" }).ClickAsync();
        await Assertions.Expect(publishing.Locator("[data-testid=workflow-return]")).ToBeVisibleAsync();
        await publishing.Locator("[data-testid=workflow-publish]").ClickAsync();
        await publishing.Locator("[data-testid=workflow-publish-confirm]").ClickAsync();
        await WaitAsync(publishing.Locator("[data-testid=workflow-feedback]", new() { HasText = "已发布" }));
        await Screenshot(publishing, "review-roundtrip-5-published.png");
        var history = publishing.Locator("[data-testid=workflow-history]");
        await Assertions.Expect(history).ToContainTextAsync(Comment);

        await WaitAsync(publishing.Locator("[data-testid=editor-public-link]"));
        var reader = await Fixture.NewPageAsync(javaScript: false);
        var publicPath = (await publishing.Locator("[data-testid=editor-public-link]").GetAttributeAsync("href"))!;
        Assert.Equal(200, (await reader.GotoAsync(Fixture.BaseUrl + "/" + publicPath))!.Status);
        await Assertions.Expect(reader.Locator("main article")).ToContainTextAsync("发现可疑情况请拨打 110。");
        Assert.Equal(LibraryAlt, await reader.Locator("main article figure img").GetAttributeAsync("alt"));
    }

    /// <summary>Opens the block's media picker, finds the file by name and chooses it.</summary>
    private async Task PickAsync(IPage page, ILocator block, string fileName)
    {
        await block.Locator("[data-testid=media-picker-choose]").First.ClickAsync();
        var dialog = page.Locator("[data-testid=media-picker-dialog]");
        await WaitAsync(dialog);
        var search = dialog.Locator("input[data-testid=media-picker-search], [data-testid=media-picker-search] input");
        await search.FillAsync(fileName);
        await search.PressAsync("Enter");
        await Assertions.Expect(dialog.Locator("[data-testid=media-picker-row]")).ToHaveCountAsync(1, new() { Timeout = 45_000 });
        var row = dialog.Locator("tr", new() { Has = page.Locator("[data-testid=media-picker-row]", new() { HasText = fileName }) });
        await row.Locator("[data-testid=media-pick]").ClickAsync();
        try
        {
            await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            // A click that met the table while it re-rendered its rows is lost, as it would be for a person: click again.
            await row.Locator("[data-testid=media-pick]").ClickAsync();
            await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        }
    }

    private Task<TestUsers.TestUser> ContentUserAsync(string role, ContentRole contentRole) => ContentStaff.CreateAsync(Fixture, role, contentRole);

    private static async Task Screenshot(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), FullPage = true });
    }

    private Task WaitAsync(ILocator locator) => StaffPages.WaitOrExplainAsync(Fixture, locator, "review-roundtrip-timeout.png");
}
