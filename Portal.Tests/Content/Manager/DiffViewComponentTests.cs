using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Media;
using Portal.Content.Revisions;
using Portal.Content.Taxonomy;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Tests.Content.Media;
using Portal.Tests.Infrastructure;
using Portal.Web.Components.Staff.Content;
using Portal.Web.Identity;

namespace Portal.Tests.Content.Manager;

/// <summary>
/// The review diff as the reviewer reads it, with the real media library of a running portal (SQLite): fields named
/// as in the editor, yes/no as 是/否 (Yes/No in English), and a file added to a block or a field as its thumbnail and file name.
/// </summary>
/// <remarks>MudBlazor's services are only async-disposable, so the context is disposed through IAsyncLifetime.</remarks>
[IntegrationTest]
public sealed class DiffViewComponentTests : BunitContext, IClassFixture<PortalFactory>, IAsyncLifetime
{
    private readonly PortalFactory portal;

    public DiffViewComponentTests(PortalFactory portal)
    {
        this.portal = portal;
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddSingleton(portal.Services.GetRequiredService<MediaLibrary>());
        Services.AddSingleton(portal.Services.GetRequiredService<ContentTaxonomy>());
        Services.AddSingleton(portal.Services.GetRequiredService<ContentCatalog>());
    }

    [Theory]
    [InlineData("zh-CN", "紧急通知", "寻人启事", "受众：家长和监护人", "学段：小学", "学段：初中", "主题：拐卖儿童")]
    [InlineData("en", "Urgent notice", "Missing person", "Audience: Parents and guardians", "Grade band: Primary school", "Grade band: Junior high school", "Topic: Child abduction")]
    public void Choices_terms_and_moments_read_as_the_editor_chose_them(string culture, string oldKind, string newKind, string keptTerm, string oldBand, string newBand, string addedTopic)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var diff = new VersionDiff(Guid.NewGuid(), 1, Guid.NewGuid(), 2,
            [
                new FieldDiff("terms", "Audience:parents", "Audience:parents,Topic:child-abduction", [], FieldValueKind.Terms),
                new FieldDiff("fields.gradeBand", "GradeBand:primary", "GradeBand:junior-high", [], FieldValueKind.Terms),
                new FieldDiff("fields.kind", "UrgentNotice", "MissingPerson", [], FieldValueKind.Choice) { ChoiceOf = "AlertKind" },
                new FieldDiff("fields.expiresAt", "2026-12-01T16:00:00+00:00", "2026-12-08T16:30:00+00:00", [], FieldValueKind.Time),
            ],
            []);

        var view = Render<DiffView>(p => p.Add(x => x.Diff, diff));

        view.WaitForAssertion(() => Assert.Contains(addedTopic, view.Find("[data-testid=diff-terms] ins").TextContent, StringComparison.Ordinal));
        var fields = view.FindAll("[data-testid=diff-field]");
        Assert.Equal(keptTerm, fields[0].QuerySelectorAll("li")[^1].TextContent.Trim());
        Assert.Equal((oldBand, newBand), (fields[1].QuerySelector("del")!.TextContent.Trim(), fields[1].QuerySelector("ins")!.TextContent.Trim()));
        Assert.Equal((oldKind, newKind), (fields[2].QuerySelector("del")!.TextContent.Trim(), fields[2].QuerySelector("ins")!.TextContent.Trim()));
        Assert.Equal(("2026-12-02 00:00", "2026-12-09 00:30"), (fields[3].QuerySelector("del")!.TextContent.Trim(), fields[3].QuerySelector("ins")!.TextContent.Trim()));
        foreach (var code in new[] { "Audience:parents", "GradeBand", "child-abduction", "MissingPerson", "UrgentNotice", "T16", "+00:00" })
        {
            Assert.DoesNotContain(code, view.Find("[data-testid=diff]").TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("zh-CN", "不让搜索引擎收录", "否", "是", "海报替代文字")]
    [InlineData("en", "Hide from search engines", "No", "Yes", null)]
    public async Task Fields_are_named_as_in_the_editor_yes_no_in_words_and_an_added_image_as_its_thumbnail_and_file_name(string culture, string noIndexLabel, string no, string yes, string? altLabel)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var photo = await UploadAsEditorAsync("宣传海报.png");
        var diff = new VersionDiff(Guid.NewGuid(), 1, Guid.NewGuid(), 2,
            [
                new FieldDiff("seo.noIndex", "false", "true", [], FieldValueKind.YesNo),
                new FieldDiff("fields.altText", "旧", "新", [new TextSegment(SegmentKind.Removed, "旧"), new TextSegment(SegmentKind.Added, "新")]),
                new FieldDiff("fields.imageAssetId", null, photo.ToString(), [], FieldValueKind.Media),
            ],
            [new BlockDiff(ChangeKind.Added, Guid.NewGuid(), "image", null, 0, [new TextSegment(SegmentKind.Added, "海报")]) { NewMedia = [photo] }]);

        var view = Render<DiffView>(p => p.Add(x => x.Diff, diff));

        var fields = view.FindAll("[data-testid=diff-field]");
        Assert.Contains(noIndexLabel, fields[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(no, fields[0].QuerySelector("del")!.TextContent.Trim());
        Assert.Equal(yes, fields[0].QuerySelector("ins")!.TextContent.Trim());
        if (altLabel is not null)
        {
            Assert.Contains(altLabel, fields[1].TextContent, StringComparison.Ordinal);
        }

        foreach (var text in new[] { "False", "True", "fields", "field.Old", "field.New", photo.ToString() })
        {
            Assert.DoesNotContain(text, view.Find("[data-testid=diff]").TextContent, StringComparison.Ordinal);
        }

        view.WaitForAssertion(() => Assert.Equal(2, view.FindAll("[data-testid=diff-media-name]").Count));
        Assert.All(view.FindAll("[data-testid=diff-media-name]"), name => Assert.Equal("宣传海报.png", name.TextContent));
        Assert.All(view.FindAll("[data-testid=diff-media-thumb]"), img => Assert.EndsWith($"staff/media/{photo}/thumb", img.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Equal(2, view.FindAll("[data-testid=diff-media-thumb]").Count);
    }

    [Theory]
    [InlineData("zh-CN", "纸张尺寸：易拉宝（80×200 厘米）", "可直接印刷：是", "页数：12")]
    [InlineData("en", "Paper size: Roll-up banner (80 × 200 cm)", "Print-ready: Yes", "Pages: 12")]
    public async Task A_list_fields_entries_read_as_labelled_lines_with_their_files_and_lessons_by_title(string culture, string paperSize, string printReady, string pages)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var (photo, actor) = await UploadAsEditorWithActorAsync("易拉宝.png", width: 160);
        var (kept, added) = (await LessonAsync(actor, "认识拐卖"), await LessonAsync(actor, "安全求职"));
        var keptFile = new DiffEntry([new EntryPart("paperSize", FieldValueKind.Choice, "A3", "PaperSize")]);
        var diff = new VersionDiff(Guid.NewGuid(), 1, Guid.NewGuid(), 2,
            [
                new FieldDiff("fields.printFiles", null, null, [], FieldValueKind.Entries)
                {
                    OldEntries = [keptFile, new DiffEntry([new EntryPart("paperSize", FieldValueKind.Choice, "A5", "PaperSize")])],
                    NewEntries =
                    [
                        keptFile,
                        new DiffEntry([new EntryPart("paperSize", FieldValueKind.Choice, "RollUp", "PaperSize"), new EntryPart("printReady", FieldValueKind.YesNo, "true"), new EntryPart("pageCount", FieldValueKind.Text, "12"), new EntryPart("assetId", FieldValueKind.Media, photo.ToString())]),
                    ],
                },
                new FieldDiff("fields.lessons", $"{kept}", $"{kept},{added}", [], FieldValueKind.Items),
            ],
            []);

        var view = Render<DiffView>(p => p.Add(x => x.Diff, diff));

        view.WaitForAssertion(() => Assert.True(view.FindAll("[data-testid=diff-entries] ins [data-testid=diff-media-name]") is [{ TextContent: "易拉宝.png" }], view.Markup));
        var entries = view.FindAll("[data-testid=diff-entry]");
        Assert.Equal(3, entries.Count);
        Assert.Null(entries[0].QuerySelector("ins, del"));
        var addedLine = entries[1].QuerySelector("ins")!.TextContent;
        foreach (var part in new[] { paperSize, printReady, pages })
        {
            Assert.Contains(part, addedLine, StringComparison.Ordinal);
        }

        Assert.Contains("A5", entries[2].QuerySelector("del")!.TextContent, StringComparison.Ordinal);
        view.WaitForAssertion(() => Assert.Equal("安全求职", view.Find("[data-testid=diff-items] ins").TextContent.Trim()));
        Assert.Equal("认识拐卖", view.FindAll("[data-testid=diff-items] li")[0].TextContent.Trim());
        foreach (var code in new[] { "RollUp", "true", "paperSize", "printReady", photo.ToString(), kept.ToString(), added.ToString() })
        {
            Assert.DoesNotContain(code, view.Find("[data-testid=diff]").TextContent, StringComparison.Ordinal);
        }
    }

    private async Task<Guid> LessonAsync(ContentActor actor, string title)
    {
        // The diff looks items up by id whatever their type; an article needs no lesson plan to be created.
        var created = await portal.Services.GetRequiredService<ContentEditor>().CreateAsync(actor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft { Title = title, Fields = new ArticleFields() },
        });
        Assert.True(created.Succeeded, created.ToString());
        return created.Value!.ItemId;
    }

    private async Task<Guid> UploadAsEditorAsync(string fileName) => (await UploadAsEditorWithActorAsync(fileName)).Asset;

    /// <remarks>The library keeps one asset per content, so each test uploads an image of its own size.</remarks>
    private async Task<(Guid Asset, ContentActor Actor)> UploadAsEditorWithActorAsync(string fileName, int width = 300)
    {
        var user = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        var granted = await portal.Services.GetRequiredService<DepartmentAdministration>()
            .GrantAsync(ContentActor.Person("test-admin", isAdministrator: true), user.Id, DepartmentSeed.PublicityId, ContentRole.Editor, includesSubDepartments: false);
        Assert.True(granted.Succeeded);
        var actor = ContentActor.Person(user.Id, ContentRole.Editor);
        var uploaded = await portal.Services.GetRequiredService<MediaLibrary>().UploadAsync(actor, new MediaUpload { DepartmentId = DepartmentSeed.PublicityId, FileName = fileName, Content = new MemoryStream(MediaSamples.Png(width, 200)) });
        Assert.True(uploaded.Succeeded, uploaded.ToString());
        var authorization = AddAuthorization();
        authorization.SetAuthorized("editor");
        authorization.SetRoles(PortalRoles.Editor);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor));
        return (uploaded.Value!.Asset.Id, actor);
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
