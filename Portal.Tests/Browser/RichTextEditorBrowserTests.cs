using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// The rich-text editor on a real Chromium: writing with the toolbar and the keyboard, a site link found by its title and chosen from
/// the published items, a paste from Word, Chinese typed through an input method; what is stored is what the sanitiser
/// keeps, and the public page shows it. The editor's scripts load on the staff page and never on a public one.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class RichTextEditorBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    private static readonly string[] ToolbarButtons =
        ["正文", "标题", "小标题", "加粗", "倾斜", "项目列表", "编号列表", "引用", "链接", "插入表格", "加一行", "加一列", "删除行", "删除列", "删除表格", "撤销", "重做"];

    [Fact]
    public async Task An_editor_writes_a_heading_bold_text_a_list_and_a_site_link_with_toolbar_and_keyboard_and_the_public_page_shows_them()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var target = await PublishedArticleAsync($"举报途径 {marker}", "<p>拨打 110。</p>");
        var editor = await EditorAsync();
        var item = await ArticleAsync(editor, $"招工陷阱 {marker}", "<p>旧的文字</p>");

        var page = await StaffPages.SignedInAsync(Fixture, editor, ContentUrls.Editor(item.ItemId));
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.ReloadAsync();
        var block = page.Locator("[data-testid=block][data-block-type=richText]");
        var content = block.Locator(".rte-content");
        await WaitAsync(content);
        Assert.Contains(requested, url => url.EndsWith("/js/rich-text-editor.js", StringComparison.Ordinal));
        Assert.Contains(requested, url => url.EndsWith("/lib/tiptap/tiptap.js", StringComparison.Ordinal));

        // The toolbar: one named group of buttons with Chinese names; the editing area is named by its label.
        var toolbar = block.GetByRole(AriaRole.Toolbar, new() { Name = "格式工具栏" });
        foreach (var name in ToolbarButtons)
        {
            await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = name, Exact = true })).ToHaveCountAsync(1);
        }

        await Assertions.Expect(block.GetByRole(AriaRole.Textbox, new() { Name = "正文", Exact = true })).ToHaveCountAsync(1);

        // A heading from the toolbar (by mouse).
        await content.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "标题", Exact = true }).ClickAsync();
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "标题", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.TypeAsync("如何识别");
        await page.Keyboard.PressAsync("Enter");

        // Bold by its shortcut.
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.TypeAsync("不要交身份证");
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.TypeAsync("。");
        await page.Keyboard.PressAsync("Enter");

        // A list from the toolbar reached by keyboard only: Alt+F10, then the arrow keys, then Enter.
        await page.Keyboard.PressAsync("Alt+F10");
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "正文", Exact = true })).ToBeFocusedAsync();
        for (var i = 0; i < Array.IndexOf(ToolbarButtons, "项目列表"); i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "项目列表", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(content).ToBeFocusedAsync(); // the button puts the focus back in the text
        await page.Keyboard.TypeAsync("高薪");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("包吃住");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter"); // an empty item ends the list

        // A site link: Ctrl+K opens the link panel, the published article is chosen from the list.
        await page.Keyboard.TypeAsync("举报请看");
        await page.Keyboard.PressAsync("Control+K");
        var panel = block.GetByRole(AriaRole.Group, new() { Name = "链接" });
        await Assertions.Expect(panel.GetByLabel("站内内容")).ToBeFocusedAsync();
        await StaffPages.AssertNoAxeViolationsAsync(page, "editor with the link panel open");
        // The list offers the newest items; words of a title find any other, and a search that finds nothing says so.
        var search = panel.GetByLabel("查找本站内容（标题中的字词）");
        await search.FillAsync("没有这样的标题" + marker);
        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("没有标题含这些字词的已发布内容。");
        await Assertions.Expect(panel.GetByLabel("站内内容").Locator("option")).ToHaveCountAsync(1);
        await search.FillAsync(marker.ToUpperInvariant());
        await Assertions.Expect(panel.GetByLabel("站内内容").Locator("option")).ToHaveTextAsync(["（选择已发布的内容）", target.Title]);
        await Assertions.Expect(panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("");
        await panel.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "rich-text-link-search.png") });
        await panel.GetByLabel("站内内容").SelectOptionAsync(new SelectOptionValue { Label = target.Title });
        var href = ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, target.Slug);
        await Assertions.Expect(panel.GetByLabel("链接地址")).ToHaveValueAsync(href);
        await panel.GetByLabel("链接地址").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(panel).ToBeHiddenAsync();

        var expected = $"<h3>如何识别</h3><p><strong>不要交身份证</strong>。</p><ul><li><p>高薪</p></li><li><p>包吃住</p></li></ul><p>举报请看<a href=\"{href}\">{target.Title}</a></p>";
        await SaveAsync(page);
        Assert.Equal(0, await block.Locator("[data-testid=block-problem]").CountAsync());
        var stored = await StoredHtmlAsync(editor, item.ItemId);
        Assert.Equal(expected, stored);
        var sanitized = new RichTextSanitizer().Sanitize(stored);
        Assert.Empty(sanitized.Removed);
        await StaffPages.AssertNoAxeViolationsAsync(page, "editor with formatted text");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "rich-text-editor.png"), FullPage = true });

        // Published, the public page shows the same structure, and loads neither of the editor's scripts.
        await PublishAsync(item.ItemId);
        var publicRequests = new List<string>();
        var reader = await Fixture.NewPageAsync();
        reader.Request += (_, request) => publicRequests.Add(request.Url);
        var slug = (await Fixture.Portal.Services.GetRequiredService<ContentEditor>().OpenAsync(ContentActor.SeedAuthor, item.ItemId)).Value!.Slug;
        Assert.Equal(200, (await reader.GotoAsync(Fixture.BaseUrl + ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, slug)))!.Status);
        var article = reader.Locator("main article");
        // With no heading block above it, the rich text's first level is the page's second (see RichTextHeadings).
        await Assertions.Expect(article.Locator("h2", new() { HasText = "如何识别" })).ToHaveCountAsync(1);
        await Assertions.Expect(article.Locator("strong", new() { HasText = "不要交身份证" })).ToHaveCountAsync(1);
        await Assertions.Expect(article.Locator("ul > li")).ToHaveTextAsync(["高薪", "包吃住"]);
        await Assertions.Expect(article.GetByRole(AriaRole.Link, new() { Name = target.Title })).ToHaveAttributeAsync("href", href);
        await reader.GotoAsync(Fixture.BaseUrl + "/");
        Assert.DoesNotContain(publicRequests, url => url.Contains("rich-text", StringComparison.Ordinal) || url.Contains("tiptap", StringComparison.Ordinal));
        Assert.DoesNotContain("rich-text-editor", await reader.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paste_from_Word_keeps_headings_lists_and_tables_and_Chinese_typed_through_an_input_method_lands_once()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var editor = await EditorAsync();
        var item = await ArticleAsync(editor, $"从 Word 粘贴 {marker}", "<p>旧的文字</p>");
        var page = await StaffPages.SignedInAsync(Fixture, editor, ContentUrls.Editor(item.ItemId));
        var block = page.Locator("[data-testid=block][data-block-type=richText]");
        var content = block.Locator(".rte-content");
        var source = block.Locator("textarea.rte-source");
        await WaitAsync(content);

        await content.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await content.EvaluateAsync(
            """
            (element, html) => {
              const data = new DataTransfer();
              data.setData('text/html', html);
              data.setData('text/plain', 'plain');
              element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """,
            WordHtml);
        await page.GetByLabel("摘要", new() { Exact = true }).ClickAsync(); // leaving the editor hands its HTML over
        await Assertions.Expect(source).ToHaveValueAsync(new Regex("<table>"));
        var pasted = await source.InputValueAsync();
        Assert.StartsWith("<h3>识别拐卖的信号</h3><p>陌生人<strong>高薪</strong>招工，要求交身份证。</p>", pasted, StringComparison.Ordinal);
        Assert.Contains("<ul><li><p>不交押金</p></li><li><p>不交证件</p><ul><li><p>包括户口本</p></li></ul></li></ul><ol><li><p>拨打 110</p></li></ol>", pasted, StringComparison.Ordinal);
        Assert.Contains("<table><tbody><tr><td><p><strong>地区</strong></p></td><td><p><strong>电话</strong></p></td></tr><tr><td><p>兰州</p></td><td><p>110</p></td></tr></tbody></table>", pasted, StringComparison.Ordinal);
        foreach (var dropped in new[] { "style", "class", "span", "font", "mso", "o:p", "·", "楷体", "width" })
        {
            Assert.DoesNotContain(dropped, pasted, StringComparison.Ordinal);
        }

        Assert.Empty(new RichTextSanitizer().Sanitize(pasted).Removed);

        // Chinese through an input method: while the composition runs nothing is handed over, and the word lands once.
        await content.Locator("h3").ClickAsync();
        await page.Keyboard.PressAsync("End");
        var cdp = await page.Context.NewCDPSessionAsync(page);
        foreach (var typed in new[] { "g", "go", "gong", "gong'an" })
        {
            await cdp.SendAsync("Input.imeSetComposition", new Dictionary<string, object> { ["text"] = typed, ["selectionStart"] = typed.Length, ["selectionEnd"] = typed.Length });
        }

        await page.WaitForTimeoutAsync(1_500); // longer than the editor's pause before it hands the HTML over
        Assert.Equal(pasted, await source.InputValueAsync());
        await cdp.SendAsync("Input.insertText", new Dictionary<string, object> { ["text"] = "公安" });
        await cdp.SendAsync("Input.imeSetComposition", new Dictionary<string, object> { ["text"] = "ju", ["selectionStart"] = 2, ["selectionEnd"] = 2 });
        await cdp.SendAsync("Input.insertText", new Dictionary<string, object> { ["text"] = "局" });
        await Assertions.Expect(content.Locator("h3")).ToHaveTextAsync("识别拐卖的信号公安局");
        await Assertions.Expect(source).ToHaveValueAsync(new Regex("^<h3>识别拐卖的信号公安局</h3>"));

        // A table and a quotation from the toolbar, at the end.
        var toolbar = block.GetByRole(AriaRole.Toolbar, new() { Name = "格式工具栏" });
        await page.Keyboard.PressAsync("Control+End");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "插入表格", Exact = true }).ClickAsync();
        await page.Keyboard.TypeAsync("时间");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("地点");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "加一行", Exact = true }).ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "引用", Exact = true }).ClickAsync();
        await page.Keyboard.TypeAsync("每一条线索都可能救回一个孩子。");

        await SaveAsync(page);
        Assert.Equal(0, await block.Locator("[data-testid=block-problem]").CountAsync());
        var stored = await StoredHtmlAsync(editor, item.ItemId);
        Assert.StartsWith("<h3>识别拐卖的信号公安局</h3>", stored, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(stored, "公安局"));
        Assert.Contains("<ol><li><p>拨打 110</p></li></ol>", stored, StringComparison.Ordinal);
        Assert.Contains("<table><tbody><tr><th><p>时间</p></th><th><p>地点</p></th><th><p></p></th></tr>", stored, StringComparison.Ordinal);
        Assert.EndsWith("<blockquote><p>每一条线索都可能救回一个孩子。</p></blockquote>", stored, StringComparison.Ordinal);
        Assert.Empty(new RichTextSanitizer().Sanitize(stored).Removed);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "rich-text-paste.png"), FullPage = true });
    }

    [Fact]
    public async Task When_the_editor_script_cannot_load_the_textarea_is_shown_and_carries_the_value()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var editor = await EditorAsync();
        var item = await ArticleAsync(editor, $"脚本未加载 {marker}", "<p>旧的文字</p>");
        var page = await StaffPages.SignedInAsync(Fixture, editor, "/staff/content");
        await page.RouteAsync("**/lib/tiptap/tiptap.js", route => route.AbortAsync());
        await page.GotoAsync(Fixture.BaseUrl + ContentUrls.Editor(item.ItemId));
        var block = page.Locator("[data-testid=block][data-block-type=richText]");
        var source = block.GetByLabel("正文", new() { Exact = true });
        await WaitAsync(source);
        await Assertions.Expect(source).ToHaveValueAsync("<p>旧的文字</p>");
        Assert.Equal(0, await block.Locator(".rte-content").CountAsync());

        await source.FillAsync("<p>新的<strong>文字</strong></p>");
        await SaveAsync(page);

        Assert.Equal("<p>新的<strong>文字</strong></p>", await StoredHtmlAsync(editor, item.ItemId));
    }

    /// <summary>What Word (and WPS, which copies its format) puts on the clipboard: conditional comments, mso- styles, spans, fonts.</summary>
    private const string WordHtml =
        """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
        <head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal { mso-style-parent:""; font-family:宋体; }</style></head>
        <body lang=ZH-CN style='tab-interval:21.0pt'>
        <!--StartFragment-->
        <h1 style='mso-margin-top-alt:auto'><span style='font-family:黑体;mso-ascii-font-family:"Times New Roman"'>识别拐卖的信号<o:p></o:p></span></h1>
        <p class=MsoNormal style='text-indent:21.0pt'><span style='font-size:12.0pt;font-family:宋体;color:red'>陌生人<b>高薪</b>招工，<font face="楷体">要求交身份证</font>。<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpFirst style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span><![endif]><span>不交押金</span></p>
        <p class=MsoListParagraphCxSpMiddle style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span><![endif]><span>不交证件</span></p>
        <p class=MsoListParagraphCxSpLast style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New";mso-list:Ignore'>o<span>&nbsp;</span></span><![endif]><span>包括户口本</span></p>
        <p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;</span></span><![endif]>拨打 110</p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
        <tr style='mso-yfti-irow:0'><td width=200 valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>地区</b></p></td><td width=200 valign=top><p class=MsoNormal><b>电话</b></p></td></tr>
        <tr><td width=200 valign=top><p class=MsoNormal>兰州</p></td><td width=200 valign=top><p class=MsoNormal>110</p></td></tr>
        </table>
        <!--EndFragment-->
        </body></html>
        """;

    private async Task<TestUsers.TestUser> EditorAsync()
    {
        var user = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Editor);
        var granted = await Fixture.Portal.Services.GetRequiredService<DepartmentAdministration>()
            .GrantAsync(ContentActor.Person("test-admin", isAdministrator: true), user.Id, DepartmentSeed.PublicityId, ContentRole.Editor, includesSubDepartments: true);
        Assert.True(granted.Succeeded, granted.ToString());
        return user;
    }

    private async Task<SavedVersion> ArticleAsync(TestUsers.TestUser editor, string title, string html)
    {
        var created = await Fixture.Portal.Services.GetRequiredService<ContentEditor>().CreateAsync(
            ContentActor.Person(editor.Id, ContentRole.Editor), ContentType.Article, new NewContentItem
            {
                OwnerDepartmentId = DepartmentSeed.PublicityId,
                Draft = new ContentDraft { Title = title, Summary = "摘要", Fields = new ArticleFields(), Blocks = [new RichTextBlock { Id = Guid.NewGuid(), Html = html }] },
            });
        Assert.True(created.Succeeded, created.ToString());
        return created.Value!;
    }

    private async Task<(string Title, string Slug)> PublishedArticleAsync(string title, string html)
    {
        var created = await Fixture.Portal.Services.GetRequiredService<ContentEditor>().CreateAsync(ContentActor.SeedAuthor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft { Title = title, Summary = "摘要", Fields = new ArticleFields(), Blocks = [new RichTextBlock { Id = Guid.NewGuid(), Html = html }] },
        });
        Assert.True(created.Succeeded, created.ToString());
        await PublishAsync(created.Value!.ItemId);
        return (title, created.Value.Slug);
    }

    private async Task PublishAsync(Guid itemId)
    {
        var services = Fixture.Portal.Services;
        var latest = (await services.GetRequiredService<ContentEditor>().OpenAsync(ContentActor.SeedAuthor, itemId)).Value!.LatestVersionId;
        var workflow = services.GetRequiredService<ContentWorkflow>();
        Assert.True((await workflow.SubmitAsync(ContentActor.SeedAuthor, latest)).Succeeded);
        Assert.True((await workflow.ApproveAsync(ContentActor.SeedApprover, latest)).Succeeded);
        var published = await workflow.PublishAsync(ContentActor.SeedApprover, latest);
        Assert.True(published.Succeeded, published.ToString());
    }

    private async Task<string> StoredHtmlAsync(TestUsers.TestUser editor, Guid itemId)
    {
        var opened = await Fixture.Portal.Services.GetRequiredService<ContentEditor>().OpenAsync(ContentActor.Person(editor.Id, ContentRole.Editor), itemId);
        return Assert.IsType<RichTextBlock>(Assert.Single(opened.Value!.Draft.Blocks)).Html;
    }

    private async Task SaveAsync(IPage page)
    {
        await page.Locator("[data-testid=editor-save]").ClickAsync();
        await WaitAsync(page.Locator("[data-testid=editor-message]", new() { HasText = "已保存为第 2 版" }));
    }

    private Task WaitAsync(ILocator locator) => StaffPages.WaitOrExplainAsync(Fixture, locator, "rich-text-timeout.png");
}
