using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Media;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// The CMS from writing to reading: an editor writes an article with an image, submits it, a reviewer approves it, a
/// publisher publishes it, and the public URL serves it to a browser without JavaScript.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class ContentManagerJourneyTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    private const string Title = "警惕高薪招工陷阱";
    private const string Paragraph = "“高薪、包吃住、不需要经验”的招工信息，如果要求先交费或交出身份证，请先向当地人社部门核实。";

    [Fact]
    public async Task An_article_with_an_image_is_written_submitted_approved_published_and_read_without_javascript()
    {
        var editor = await ContentUserAsync(PortalRoles.Editor, ContentRole.Editor);
        var reviewer = await ContentUserAsync(PortalRoles.Reviewer, ContentRole.Reviewer);
        var publisher = await ContentUserAsync(PortalRoles.Publisher, ContentRole.Publisher);
        // The photo is in the media library already (uploaded by the editor; the media page's own upload has its journey below).
        using var photo = new MemoryStream(TestFiles.JpegWithGps("content-journey", 640, 360));
        var uploaded = await Fixture.Portal.Services.GetRequiredService<MediaLibrary>().UploadAsync(
            ContentActor.Person(editor.Id, ContentRole.Editor),
            new MediaUpload { DepartmentId = DepartmentSeed.PublicityId, FileName = "火车站招工牌.jpg", Content = photo });
        Assert.True(uploaded.Succeeded, uploaded.ToString());
        var imageAssetId = uploaded.Value!.Asset.Id;

        // The editor starts an article in the publicity department.
        var desk = await SignedInAsync(editor, "/staff/content");
        await WaitOrExplainAsync(desk.Locator("[data-testid=content-new]"));
        await desk.Locator("[data-testid=content-new]").ClickAsync();
        await desk.GetByLabel("标题", new() { Exact = true }).FillAsync(Title);
        await desk.Locator("[data-testid=new-create]").ClickAsync();
        await WaitOrExplainAsync(desk.Locator("[data-testid=editor-heading]", new() { HasText = Title }));

        // A summary, a paragraph and an image with its alt text.
        await desk.GetByLabel("摘要", new() { Exact = true }).FillAsync("以招工为名的诱骗：如何识别，如何举报。");
        await desk.Locator("[data-testid=block-add]").ClickAsync();
        // The editor replaces its HTML textarea once its script has run.
        var text = desk.Locator("[data-testid=block][data-block-type=richText] .rte-content");
        await WaitOrExplainAsync(text);
        await text.ClickAsync();
        await desk.Keyboard.InsertTextAsync(Paragraph);
        await desk.GetByLabel("内容块类型", new() { Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Option, new() { Name = "图片", Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Option, new() { Name = "图片", Exact = true }).WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        // The select reports its choice back to the server after it closes; wait until the field shows it.
        await Assertions.Expect(desk.GetByLabel("内容块类型", new() { Exact = true })).ToContainTextAsync("图片", new() { Timeout = 45_000 });
        await desk.Locator("[data-testid=block-add]").ClickAsync();
        await WaitOrExplainAsync(desk.Locator("[data-testid=block][data-block-type=image]"));
        await PickAsync(desk, desk.Locator("[data-testid=block][data-block-type=image]"), "火车站招工牌.jpg");
        await desk.GetByLabel("替代文字", new() { Exact = true }).FillAsync("火车站出站口，一名男子举着写有“高薪招工”的牌子。");
        await desk.GetByLabel("图注", new() { Exact = true }).FillAsync("火车站出站口的招工牌");
        await desk.Locator("[data-testid=editor-save]").ClickAsync();
        await WaitOrExplainAsync(desk.Locator("[data-testid=editor-message]", new() { HasText = "已保存为第 2 版" }));
        await ScreenshotFromTopAsync(desk, "content-editor.png");

        await desk.GetByRole(AriaRole.Tab, new() { Name = "审核与发布" }).ClickAsync();
        await desk.Locator("[data-testid=workflow-submit]").ClickAsync();
        await WaitOrExplainAsync(desk.Locator("[data-testid=workflow-feedback]", new() { HasText = "已提交审核" }));

        // The reviewer finds it in the queue, sees the changes against the (empty) live version and approves.
        var review = await SignedInAsync(reviewer, "/staff/content/review");
        await WaitOrExplainAsync(review.Locator("[data-testid=review-link]", new() { HasText = Title }));
        await review.Locator("[data-testid=review-link]", new() { HasText = Title }).ClickAsync();
        await WaitOrExplainAsync(review.Locator("[data-testid=editor-heading]", new() { HasText = Title }));
        await review.GetByRole(AriaRole.Tab, new() { Name = "审核与发布" }).ClickAsync();
        await WaitOrExplainAsync(review.Locator("[data-testid=diff]", new() { HasText = "高薪、包吃住" }));
        await review.GetByLabel("意见或说明", new() { Exact = true }).FillAsync("内容准确，同意发布。");
        await review.Locator("[data-testid=workflow-approve]").ClickAsync();
        await WaitOrExplainAsync(review.Locator("[data-testid=workflow-feedback]", new() { HasText = "已审核通过" }));
        var itemUrl = review.Url;

        // The publisher publishes it now.
        var publishing = await SignedInAsync(publisher, new Uri(itemUrl).AbsolutePath);
        await WaitOrExplainAsync(publishing.Locator("[data-testid=editor-heading]", new() { HasText = Title }));
        await publishing.GetByRole(AriaRole.Tab, new() { Name = "审核与发布" }).ClickAsync();
        await publishing.Locator("[data-testid=workflow-publish]").ClickAsync();
        Assert.Matches($"^立即发布“{Title}”第 [0-9]+ 版？发布后公众马上可以看到。$", await publishing.Locator("[data-testid=workflow-publish-question]").TextContentAsync());
        await publishing.Locator("[data-testid=workflow-publish-confirm]").ClickAsync();
        await WaitOrExplainAsync(publishing.Locator("[data-testid=workflow-feedback]", new() { HasText = $"“{Title}”已发布。" }));
        await WaitOrExplainAsync(publishing.Locator("[data-testid=editor-public-link]"));
        var publicPath = (await publishing.Locator("[data-testid=editor-public-link]").GetAttributeAsync("href"))!;
        Assert.Equal("read/" + Uri.EscapeDataString(Title), publicPath); // relative to <base href>

        // A reader without JavaScript gets the article at its public address.
        var reader = await Fixture.NewPageAsync(javaScript: false);
        var response = await reader.GotoAsync(Fixture.BaseUrl + "/" + publicPath);
        Assert.Equal(200, response!.Status);
        Assert.Equal(Title, await reader.Locator("main h1").TextContentAsync());
        Assert.Contains(Paragraph, await reader.Locator("main article").TextContentAsync(), StringComparison.Ordinal);
        var image = reader.Locator("main article figure img");
        Assert.Equal("火车站出站口，一名男子举着写有“高薪招工”的牌子。", await image.GetAttributeAsync("alt"));
        Assert.Equal($"media/{imageAssetId}", await image.GetAttributeAsync("src")); // relative to <base href>
        Assert.True(0 < await image.EvaluateAsync<int>("i => i.complete ? i.naturalWidth : new Promise(r => i.addEventListener('load', () => r(i.naturalWidth)))"), "the picture loads from the media library");
        Assert.Equal("火车站出站口的招工牌", (await reader.Locator("main article figcaption").TextContentAsync())!.Trim());
        Assert.Equal(0, await reader.Locator("script").CountAsync());
        await reader.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "content-public.png"), FullPage = true });

        // An address that names nothing is the site's 404 page.
        var missing = await reader.GotoAsync(Fixture.BaseUrl + "/read/" + Uri.EscapeDataString("没有这篇文章"));
        Assert.Equal(404, missing!.Status);
    }

    [Fact]
    public async Task An_editor_uploads_an_image_on_the_media_page_watches_it_reach_100_percent_and_picks_it_in_an_image_block()
    {
        var editor = await ContentUserAsync(PortalRoles.Editor, ContentRole.Editor);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var fileName = $"候车室反拐海报-{marker}.jpg";

        var media = await SignedInAsync(editor, "/staff/media");
        await WaitOrExplainAsync(media.Locator("[data-testid=media-upload-input]"));
        // Choosing the files starts the upload: a photo, and a program that pretends to be one.
        await media.Locator("[data-testid=media-upload-input]").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = fileName, MimeType = "image/jpeg", Buffer = TestFiles.JpegWithGps(marker, 1200, 800) },
            new FilePayload { Name = $"伪装的图片-{marker}.jpg", MimeType = "image/jpeg", Buffer = Content.Media.MediaSamples.Executable() },
        });

        var progress = media.Locator("[data-testid=media-upload-file]", new() { HasText = fileName });
        await WaitOrExplainAsync(progress.Locator("[data-testid=media-upload-done]"));
        Assert.Equal("100", await progress.GetAttributeAsync("data-percent"));
        Assert.Equal("100%", (await progress.Locator("[data-testid=media-upload-percent]").TextContentAsync())!.Trim());
        Assert.Equal(0, await progress.Locator("[data-testid=media-upload-problem]").CountAsync());
        var disguised = media.Locator("[data-testid=media-upload-file]", new() { HasText = "伪装的图片" });
        await WaitOrExplainAsync(disguised.Locator("[data-testid=media-upload-problem]", new() { HasText = "不支持该文件类型" }));
        Assert.Equal(0, await disguised.Locator("[data-testid=media-upload-done]").CountAsync());
        // The list shows it at once, with its thumbnail from the staff file route.
        var row = media.Locator("[data-testid=media-list] tr", new() { HasText = fileName });
        await WaitOrExplainAsync(row);
        var thumbnail = row.Locator("img[data-testid=media-thumb]");
        Assert.StartsWith("staff/media/", await thumbnail.GetAttributeAsync("src"), StringComparison.Ordinal);
        Assert.True(0 < await thumbnail.EvaluateAsync<int>("i => i.complete ? i.naturalWidth : new Promise(r => i.addEventListener('load', () => r(i.naturalWidth)))"), "the thumbnail loads");
        await ScreenshotFromTopAsync(media, "media-library.png");

        // In an article's image block, the picker offers it; choosing it shows its name and thumbnail in the block.
        var desk = await SignedInAsync(editor, "/staff/content");
        await WaitOrExplainAsync(desk.Locator("[data-testid=content-new]"));
        await desk.Locator("[data-testid=content-new]").ClickAsync();
        await desk.GetByLabel("标题", new() { Exact = true }).FillAsync($"候车室里的反拐海报 {marker}");
        await desk.Locator("[data-testid=new-create]").ClickAsync();
        await WaitOrExplainAsync(desk.Locator("[data-testid=editor-heading]", new() { HasText = marker }));
        await desk.GetByLabel("内容块类型", new() { Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Option, new() { Name = "图片", Exact = true }).ClickAsync();
        await desk.GetByRole(AriaRole.Option, new() { Name = "图片", Exact = true }).WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await Assertions.Expect(desk.GetByLabel("内容块类型", new() { Exact = true })).ToContainTextAsync("图片", new() { Timeout = 45_000 });
        await desk.Locator("[data-testid=block-add]").ClickAsync();
        var block = desk.Locator("[data-testid=block][data-block-type=image]");
        await WaitOrExplainAsync(block);
        await PickAsync(desk, block, fileName);
        await Assertions.Expect(block.Locator("img[data-testid=media-picker-thumb]")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^staff/media/[0-9a-f-]{36}/thumb$"));
        await desk.GetByLabel("替代文字", new() { Exact = true }).FillAsync("候车室墙上的海报：发现拐卖请拨打 110。");
        await desk.Locator("[data-testid=editor-save]").ClickAsync();
        await WaitOrExplainAsync(desk.Locator("[data-testid=editor-message]", new() { HasText = "已保存为第 2 版" }));
        // The file is in the library and is an image: the save has nothing to say about it.
        Assert.Equal(0, await block.Locator("[data-testid=block-problem]").CountAsync());
        await ScreenshotFromTopAsync(desk, "media-picked.png");
    }

    /// <summary>Opens the block's media picker, finds the file by name and chooses it; the block then names it.</summary>
    private async Task PickAsync(IPage page, ILocator block, string fileName)
    {
        await block.Locator("[data-testid=media-picker-choose]").First.ClickAsync();
        var dialog = page.Locator("[data-testid=media-picker-dialog]");
        await WaitOrExplainAsync(dialog);
        var search = dialog.Locator("input[data-testid=media-picker-search], [data-testid=media-picker-search] input");
        await search.FillAsync(fileName);
        await search.PressAsync("Enter");
        // The name is unique: once the search has answered, the list has that one file.
        await Assertions.Expect(dialog.Locator("[data-testid=media-picker-row]")).ToHaveCountAsync(1, new() { Timeout = 45_000 });
        var row = dialog.Locator("tr", new() { Has = page.Locator("[data-testid=media-picker-row]", new() { HasText = fileName }) });
        await WaitOrExplainAsync(row);
        var chosen = block.Locator("[data-testid=media-picker-name]", new() { HasText = fileName });
        await row.Locator("[data-testid=media-pick]").ClickAsync();
        try
        {
            await chosen.WaitForAsync(new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            // A click that met the table while it re-rendered its rows is lost, as it would be for a person: click again.
            if (await dialog.IsVisibleAsync())
            {
                await row.Locator("[data-testid=media-pick]").ClickAsync();
            }
        }

        await WaitOrExplainAsync(chosen);
    }

    private Task<TestUsers.TestUser> ContentUserAsync(string role, ContentRole contentRole) => ContentStaff.CreateAsync(Fixture, role, contentRole);

    private Task<IPage> SignedInAsync(TestUsers.TestUser user, string path) => StaffPages.SignedInAsync(Fixture, user, path);

    private static async Task ScreenshotFromTopAsync(IPage page, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), FullPage = true });
    }

    private Task WaitOrExplainAsync(ILocator locator, float timeout = 45_000) =>
        StaffPages.WaitOrExplainAsync(Fixture, locator, "content-journey-timeout.png", timeout);
}
