using System.Globalization;
using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Portal.Content.Blocks;
using Block = Portal.Content.Blocks.Block;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Revisions;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;
using Portal.Web.Components.Staff.Content;
using Portal.Web.Components.Staff.Content.Blocks;
using Portal.Web.Components.Staff.Content.Fields;
using Portal.Web.Identity;
using Portal.Web.Police;

namespace Portal.Tests.Content.Manager;

/// <summary>
/// The manager's block editor and the editor page against the real content services of a running portal (SQLite):
/// adding and reordering blocks, a save's problems shown on the block they name, and a conflicting save that keeps the
/// editor's text and offers to save it over the latest version.
/// </summary>
/// <remarks>MudBlazor's services are only async-disposable, so the context is disposed through IAsyncLifetime.</remarks>
[IntegrationTest]
public sealed class ContentEditorComponentTests : BunitContext, IClassFixture<PortalFactory>, IAsyncLifetime
{
    private readonly PortalFactory portal;
    private readonly BunitAuthorizationContext authorization;
    private readonly IRenderedComponent<MudPopoverProvider> popovers;

    public ContentEditorComponentTests(PortalFactory portal)
    {
        this.portal = portal;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        foreach (var service in new[] { typeof(ContentEditor), typeof(ContentCatalog), typeof(ContentRevisions), typeof(ContentWorkflow), typeof(ContentTaxonomy), typeof(ContentVariants), typeof(ContentDepartments), typeof(StaffDirectory), typeof(Portal.Content.Media.MediaLibrary), typeof(Portal.Content.Delivery.PublishedListing) })
        {
            Services.AddSingleton(service, portal.Services.GetRequiredService(service));
        }

        Services.AddScoped<Portal.Web.Content.SiteLinks>();

        authorization = AddAuthorization();
        popovers = Render<MudPopoverProvider>();
    }

    private ContentEditor Editor => portal.Services.GetRequiredService<ContentEditor>();

    [Fact]
    public void Adding_a_block_appends_it_and_moving_one_down_swaps_it_with_the_next()
    {
        IReadOnlyList<Block> blocks = [new HeadingBlock { Id = Guid.NewGuid(), Text = "如何识别" }, new QuoteBlock { Id = Guid.NewGuid(), Text = "每一条线索都可能救回一个孩子。" }];
        var list = Render<BlockListEditor>(parameters => parameters
            .Add(p => p.Blocks, blocks)
            .Add(p => p.BlocksChanged, EventCallback.Factory.Create<IReadOnlyList<Block>>(this, changed => blocks = changed)));

        list.Find("[data-testid=block-add]").Click();
        Assert.Equal([BlockTypes.Heading, BlockTypes.Quote, BlockTypes.RichText], blocks.Select(b => b.BlockType));
        list.Render(parameters => parameters.Add(p => p.Blocks, blocks));
        Assert.Equal(["heading", "quote", "richText"], list.FindAll("[data-testid=block]").Select(b => b.GetAttribute("data-block-type")));

        var headingId = blocks[0].Id;
        list.FindAll("[data-testid=block]")[0].QuerySelector("[data-testid=block-down]")!.Click();
        Assert.Equal([BlockTypes.Quote, BlockTypes.Heading, BlockTypes.RichText], blocks.Select(b => b.BlockType));
        Assert.Equal(headingId, blocks[1].Id);
        list.Render(parameters => parameters.Add(p => p.Blocks, blocks));
        Assert.Equal(["quote", "heading", "richText"], list.FindAll("[data-testid=block]").Select(b => b.GetAttribute("data-block-type")));

        // The first block cannot move further up.
        Assert.True(list.FindAll("[data-testid=block]")[0].QuerySelector("button[data-testid=block-up]")!.HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_saves_problems_are_shown_on_the_block_they_name_and_not_on_the_others()
    {
        var (actor, _) = await EditorWithGrantAsync();
        var heading = new HeadingBlock { Id = Guid.NewGuid(), Text = "识别拐卖的信号" };
        var richText = new RichTextBlock { Id = Guid.NewGuid(), Html = "<p>高薪招工要警惕。</p><script>alert(1)</script>" };
        var image = new ImageBlock { Id = Guid.NewGuid(), Alt = "车站广场" };
        IReadOnlyList<Block> blocks = [heading, richText, image];

        var saved = await Editor.CreateAsync(actor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft { Title = "识别拐卖", Fields = new ArticleFields(), Blocks = blocks },
        });
        Assert.False(saved.Succeeded);

        var list = Render<BlockListEditor>(parameters => parameters.Add(p => p.Blocks, blocks).Add(p => p.Problems, saved.Problems));

        Assert.Empty(BlockFrame(list, heading.Id).QuerySelectorAll("[data-testid=block-problem]"));
        var sanitized = Assert.Single(BlockFrame(list, richText.Id).QuerySelectorAll("[data-testid=block-problem]"));
        Assert.Contains("已删除不安全的代码", sanitized.TextContent, StringComparison.Ordinal);
        var missing = Assert.Single(BlockFrame(list, image.Id).QuerySelectorAll("[data-testid=block-problem]"));
        Assert.Contains("第 3 块（图片）：请填写文件。", missing.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conflicting_save_says_so_keeps_the_editors_text_and_saves_it_over_the_latest_on_request()
    {
        var (actor, userId) = await EditorWithGrantAsync();
        var created = await Editor.CreateAsync(actor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft { Title = "警惕高薪招工陷阱", Fields = new ArticleFields() },
        });
        var itemId = created.Value!.ItemId;
        SignIn(userId, PortalRoles.Editor);
        var page = Render<ContentEditorPage>(parameters => parameters.Add(p => p.ItemId, itemId));
        page.WaitForElement("[data-testid=editor-heading]");

        // Someone else saves first, on top of the same version.
        var (colleague, _) = await EditorWithGrantAsync();
        var theirs = await Editor.SaveDraftAsync(colleague, itemId, created.Value.VersionId, new ContentDraft { Title = "同事的标题", Fields = new ArticleFields() });
        Assert.True(theirs.Succeeded, theirs.ToString());

        InputLabelled(page, "标题").Change("我的标题：高薪招工先核实");
        page.Find("button[data-testid=editor-save]").Click();

        var conflict = page.WaitForElement("[data-testid=editor-conflict]");
        Assert.Contains("他人已先保存了新版本", conflict.TextContent, StringComparison.Ordinal);
        Assert.Equal("我的标题：高薪招工先核实", InputLabelled(page, "标题").GetAttribute("value"));
        Assert.Equal(2, (await Editor.OpenAsync(actor, itemId)).Value!.LatestNumber);

        page.Find("button[data-testid=editor-conflict-save-mine]").Click();

        page.WaitForAssertion(() => Assert.Contains("已保存为第 3 版", page.Find("[data-testid=editor-message]").TextContent, StringComparison.Ordinal));
        Assert.Equal("我的标题：高薪招工先核实", (await Editor.OpenAsync(actor, itemId)).Value!.Draft.Title);
    }

    [Fact]
    public async Task The_workflow_panel_shows_the_scheduled_publication_in_China_time()
    {
        var (editor, _) = await PersonWithGrantAsync(PortalRoles.Editor, ContentRole.Editor);
        var (reviewer, _) = await PersonWithGrantAsync(PortalRoles.Reviewer, ContentRole.Reviewer);
        var (publisher, _) = await PersonWithGrantAsync(PortalRoles.Publisher, ContentRole.Publisher);
        var created = (await Editor.CreateAsync(editor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft { Title = "春运车站防拐提示", Fields = new ArticleFields() },
        })).Value!;
        var workflow = portal.Services.GetRequiredService<ContentWorkflow>();
        Assert.True((await workflow.SubmitAsync(editor, created.VersionId, null)).Succeeded);
        Assert.True((await workflow.ApproveAsync(reviewer, created.VersionId, null)).Succeeded);

        var approved = (await Editor.OpenAsync(publisher, created.ItemId)).Value!;
        var unscheduled = Render<ContentWorkflowPanel>(parameters => parameters.Add(p => p.Item, approved).Add(p => p.Actor, publisher));
        unscheduled.WaitForElement("[data-testid=workflow-no-schedule]");

        // 2030-01-31 16:30 UTC is 2030-02-01 00:30 in China.
        var at = new DateTimeOffset(2030, 1, 31, 16, 30, 0, TimeSpan.Zero);
        Assert.True((await workflow.SchedulePublishAsync(publisher, created.VersionId, at)).Succeeded);
        var item = (await Editor.OpenAsync(publisher, created.ItemId)).Value!;
        Assert.Equal(at, item.PublishAt);
        var scheduled = Render<ContentWorkflowPanel>(parameters => parameters.Add(p => p.Item, item).Add(p => p.Actor, publisher));

        var line = scheduled.WaitForElement("[data-testid=workflow-scheduled-publish]");
        Assert.Contains("2030-02-01 00:30", line.TextContent, StringComparison.Ordinal);
        Assert.Empty(scheduled.FindAll("[data-testid=workflow-no-schedule]"));
    }

    [Fact]
    public async Task The_list_search_finds_an_item_by_a_word_of_its_text_not_only_its_title()
    {
        var (actor, userId) = await EditorWithGrantAsync();
        var marker = "zq" + Guid.NewGuid().ToString("N")[..10];
        var inText = await Editor.CreateAsync(actor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft
            {
                Title = "务工求职防骗", Fields = new ArticleFields(), Blocks = [new RichTextBlock { Id = Guid.NewGuid(), Html = $"<p>中介收费要警惕 {marker}。</p>" }],
            },
        });
        Assert.True(inText.Succeeded, inText.ToString());
        await Editor.CreateAsync(actor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId, Draft = new ContentDraft { Title = "务工求职防骗（另一篇）", Fields = new ArticleFields() },
        });
        SignIn(userId, PortalRoles.Editor);
        var page = Render<ContentListPage>();
        page.WaitForElement("[data-testid=content-link]");

        page.Find("input[data-testid=filter-text], [data-testid=filter-text] input").Change(marker);

        page.WaitForAssertion(() => Assert.Equal(["务工求职防骗"], page.FindAll("[data-testid=content-link]").Select(a => a.TextContent.Trim())));
    }

    [Fact]
    public async Task A_curriculums_lessons_are_shown_by_title_found_by_search_reordered_and_removed()
    {
        var (actor, userId) = await EditorWithGrantAsync();
        var marker = "kc" + Guid.NewGuid().ToString("N")[..8];
        async Task<Guid> LessonAsync(string title)
        {
            var lesson = new LessonFields
            {
                GradeBand = "primary", Objectives = ["知道遇到陌生人求助时怎么办"], DurationMinutes = 40,
                Activities = [new LessonActivity { Title = "情景讨论", Minutes = 20, Description = "陌生人请你帮忙找小狗，你怎么办？" }],
                TeacherNotes = "先了解班级情况。", SafetyGuidance = "学生透露受侵害情况时，按强制报告制度立即报告学校和公安机关。",
            };
            var created = await Editor.CreateAsync(actor, ContentType.Lesson, new NewContentItem
            {
                OwnerDepartmentId = DepartmentSeed.PublicityId, Draft = new ContentDraft { Title = title, Fields = lesson },
            });
            Assert.True(created.Succeeded, created.ToString());
            return created.Value!.ItemId;
        }

        var first = await LessonAsync($"第一课 不跟陌生人走 {marker}");
        var second = await LessonAsync($"第二课 遇到危险喊出来 {marker}");
        SignIn(userId, PortalRoles.Editor);
        IReadOnlyList<Guid> lessons = [first];
        var editor = Render<LessonListEditor>(parameters => parameters
            .Add(p => p.Lessons, lessons)
            .Add(p => p.LessonsChanged, EventCallback.Factory.Create<IReadOnlyList<Guid>>(this, changed => lessons = changed)));
        editor.WaitForAssertion(() => Assert.Contains("第一课 不跟陌生人走", editor.Find("[data-testid=lesson]").TextContent, StringComparison.Ordinal));

        // Searching by a word of the title offers the other lesson (not the one already in the list); choosing it appends it.
        editor.Find("[data-testid=lesson-search] input, input[data-testid=lesson-search]").Input(marker);
        var option = popovers.WaitForElement(".mud-popover-open .mud-list-item", TimeSpan.FromSeconds(10));
        Assert.Contains("第二课", option.TextContent, StringComparison.Ordinal);
        option.Click();
        editor.WaitForAssertion(() => Assert.Equal([first, second], lessons));

        editor.Render(parameters => parameters.Add(p => p.Lessons, lessons));
        editor.FindAll("[data-testid=lesson]")[0].QuerySelector("[data-testid=lesson-down]")!.Click();
        Assert.Equal([second, first], lessons);
        editor.Render(parameters => parameters.Add(p => p.Lessons, lessons));
        Assert.Equal(new[] { second.ToString(), first.ToString() }, editor.FindAll("[data-testid=lesson]").Select(l => l.GetAttribute("data-lesson-id")));
        editor.FindAll("[data-testid=lesson]")[1].QuerySelector("[data-testid=lesson-remove]")!.Click();
        Assert.Equal([second], lessons);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private static IElement BlockFrame(IRenderedComponent<BlockListEditor> list, Guid blockId) =>
        list.Find($"[data-testid=block][data-block-id='{blockId}']");

    /// <summary>The input a visible label names, as a person (or Playwright's GetByLabel) finds it.</summary>
    private static IElement InputLabelled(IRenderedComponent<ContentEditorPage> page, string label)
    {
        var element = page.FindAll("label").First(l => l.TextContent.Trim().TrimEnd('*').Trim() == label);
        return page.Find("#" + element.GetAttribute("for"));
    }

    private Task<(ContentActor Actor, string UserId)> EditorWithGrantAsync() => PersonWithGrantAsync(PortalRoles.Editor, ContentRole.Editor);

    private async Task<(ContentActor Actor, string UserId)> PersonWithGrantAsync(string portalRole, ContentRole role)
    {
        var user = await TestUsers.CreateAsync(portal.Services, portalRole);
        var granted = await portal.Services.GetRequiredService<DepartmentAdministration>()
            .GrantAsync(ContentActor.Person("test-admin", isAdministrator: true), user.Id, DepartmentSeed.PublicityId, role, includesSubDepartments: false);
        Assert.True(granted.Succeeded);
        return (ContentActor.Person(user.Id, role), user.Id);
    }

    private void SignIn(string userId, string role)
    {
        authorization.SetAuthorized("editor");
        authorization.SetRoles(role);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId), new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor));
    }
}
