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

    private async Task<Guid> UploadAsEditorAsync(string fileName)
    {
        var user = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        var granted = await portal.Services.GetRequiredService<DepartmentAdministration>()
            .GrantAsync(ContentActor.Person("test-admin", isAdministrator: true), user.Id, DepartmentSeed.PublicityId, ContentRole.Editor, includesSubDepartments: false);
        Assert.True(granted.Succeeded);
        var actor = ContentActor.Person(user.Id, ContentRole.Editor);
        var uploaded = await portal.Services.GetRequiredService<MediaLibrary>().UploadAsync(actor, new MediaUpload { DepartmentId = DepartmentSeed.PublicityId, FileName = fileName, Content = new MemoryStream(MediaSamples.Png(300, 200)) });
        Assert.True(uploaded.Succeeded, uploaded.ToString());
        var authorization = AddAuthorization();
        authorization.SetAuthorized("editor");
        authorization.SetRoles(PortalRoles.Editor);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor));
        return uploaded.Value!.Asset.Id;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
