using System.Globalization;
using System.Security.Claims;
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
using Portal.Content.Media;
using Portal.Content.Types;
using Portal.Tests.Content.Media;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;
using Portal.Web.Components.Staff.Content.Blocks;
using Portal.Web.Components.Staff.Content.Media;
using Portal.Web.Identity;

namespace Portal.Tests.Content.Manager;

/// <summary>
/// The media picker in the block editors and the asset page, against the real media library of a running portal
/// (SQLite, file-system blobs): the picker lists only the kinds its place takes and fills the block, and a file in use
/// cannot be deleted (the page says why and by which item).
/// </summary>
[IntegrationTest]
public sealed class MediaManagerComponentTests : BunitContext, IClassFixture<PortalFactory>, IAsyncLifetime
{
    private readonly PortalFactory portal;
    private readonly BunitAuthorizationContext authorization;

    public MediaManagerComponentTests(PortalFactory portal)
    {
        this.portal = portal;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        foreach (var service in new[] { typeof(MediaLibrary), typeof(ContentEditor), typeof(ContentDepartments) })
        {
            Services.AddSingleton(service, portal.Services.GetRequiredService(service));
        }

        authorization = AddAuthorization();
    }

    /// <summary>MudBlazor puts a text field's attributes on its input (or, in another version, on a wrapper).</summary>
    private const string SearchBox = "input[data-testid=media-picker-search], [data-testid=media-picker-search] input";

    private MediaLibrary Library => portal.Services.GetRequiredService<MediaLibrary>();

    [Fact]
    public async Task The_picker_of_an_image_block_lists_only_images_and_choosing_one_fills_the_block()
    {
        var (actor, userId) = await EditorWithGrantAsync();
        SignIn(userId);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var photo = await UploadAsync(actor, $"{marker}-车站海报.png", MediaSamples.Png(400, 300, SkiaSharp.SKColors.Teal));
        var brochure = await UploadAsync(actor, $"{marker}-宣传手册.pdf", MediaSamples.Pdf(2000 + Random.Shared.Next(1000)));
        var dialogs = Render<MudDialogProvider>();
        Block? changed = null;
        var block = new ImageBlock { Id = Guid.NewGuid(), Alt = "车站海报" };
        var editor = Render<ImageBlockEditor>(parameters => parameters
            .Add(p => p.Block, block)
            .Add(p => p.Changed, EventCallback.Factory.Create<Block>(this, b => changed = b)));
        Assert.NotNull(editor.Find("[data-testid=media-picker-none]"));

        editor.Find("button[data-testid=media-picker-choose]").Click();

        dialogs.WaitForElement("[data-testid=media-picker-row]");
        // No kind to choose: an image block takes images only, and only images are listed.
        Assert.Empty(dialogs.FindAll("[data-testid=media-picker-kind]"));
        Assert.All(dialogs.FindAll("[data-testid=media-picker-row]"), row => Assert.Equal("Image", row.GetAttribute("data-kind")));
        dialogs.Find(SearchBox).Change(marker);
        dialogs.WaitForAssertion(() => Assert.Equal([$"{marker}-车站海报.png"], dialogs.FindAll("[data-testid=media-picker-row]").Select(r => r.TextContent.Trim())));
        Assert.DoesNotContain(brochure.OriginalFileName, dialogs.Markup, StringComparison.Ordinal);

        dialogs.Find("button[data-testid=media-pick]").Click();

        editor.WaitForAssertion(() => Assert.Equal(photo.Id, Assert.IsType<ImageBlock>(changed).AssetId));
        Assert.Equal("车站海报", ((ImageBlock)changed!).Alt);
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=media-picker-dialog]")));

        // The block shows the chosen file: its thumbnail and its name; clearing empties it again.
        editor.Render(parameters => parameters.Add(p => p.Block, (ImageBlock)changed));
        editor.WaitForAssertion(() => Assert.Equal(photo.OriginalFileName, editor.Find("[data-testid=media-picker-name]").TextContent));
        Assert.Equal($"staff/media/{photo.Id}/thumb", editor.Find("img[data-testid=media-picker-thumb]").GetAttribute("src"));
        editor.Find("button[data-testid=media-picker-clear]").Click();
        Assert.Equal(Guid.Empty, ((ImageBlock)changed!).AssetId);
    }

    [Fact]
    public async Task A_video_blocks_captions_picker_offers_captions_files_only()
    {
        var (actor, userId) = await EditorWithGrantAsync();
        SignIn(userId);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var captions = await UploadAsync(actor, $"{marker}-字幕.vtt", [.. MediaSamples.WebVtt(), .. System.Text.Encoding.UTF8.GetBytes(marker + "\n")]);
        await UploadAsync(actor, $"{marker}-宣传片.mp4", MediaSamples.Mp4());
        var dialogs = Render<MudDialogProvider>();
        var editor = Render<VideoBlockEditor>(parameters => parameters.Add(p => p.Block, new VideoBlock { Id = Guid.NewGuid() }));

        editor.FindAll("[role=group]").Single(g => g.GetAttribute("aria-label") == "字幕文件（WebVTT）").QuerySelector("button[data-testid=media-picker-choose]")!.Click();
        dialogs.WaitForElement(SearchBox).Change(marker);

        dialogs.WaitForAssertion(() => Assert.Equal([captions.OriginalFileName], dialogs.FindAll("[data-testid=media-picker-row]").Select(r => r.TextContent.Trim())));
    }

    [Fact]
    public async Task Deleting_a_file_in_use_is_refused_and_the_page_names_the_item_that_uses_it()
    {
        var (actor, userId) = await EditorWithGrantAsync();
        SignIn(userId);
        var photo = await UploadAsync(actor, "候车室海报.png", MediaSamples.Png(300, 200, new SkiaSharp.SKColor((byte)Random.Shared.Next(256), 40, 90)));
        var title = Drafts.Unique("车站里的反拐海报");
        var created = await portal.Services.GetRequiredService<ContentEditor>().CreateAsync(actor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = Drafts.Article(title, new ImageBlock { Id = Guid.NewGuid(), AssetId = photo.Id, Alt = "候车室墙上的反拐海报" }),
        });
        Assert.True(created.Succeeded, created.ToString());

        var page = Render<MediaAssetPage>(parameters => parameters.Add(p => p.AssetId, photo.Id));
        page.WaitForElement("[data-testid=asset-heading]");
        Assert.Contains(title, page.Find("[data-testid=asset-use]").TextContent, StringComparison.Ordinal);

        page.Find("button[data-testid=asset-delete]").Click();
        page.Find("button[data-testid=asset-delete-confirm]").Click();

        var problem = page.WaitForElement("[data-testid=asset-problem]");
        Assert.Contains("该文件正被内容使用，不能删除。", problem.TextContent, StringComparison.Ordinal);
        Assert.Contains(title, problem.TextContent, StringComparison.Ordinal);
        Assert.True((await Library.GetAsync(actor, photo.Id)).Succeeded);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private async Task<MediaAssetView> UploadAsync(ContentActor actor, string fileName, byte[] content)
    {
        var uploaded = await Library.UploadAsync(actor, new MediaUpload { DepartmentId = DepartmentSeed.PublicityId, FileName = fileName, Content = new MemoryStream(content) });
        Assert.True(uploaded.Succeeded, uploaded.ToString());
        return uploaded.Value!.Asset;
    }

    private async Task<(ContentActor Actor, string UserId)> EditorWithGrantAsync()
    {
        var user = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        var granted = await portal.Services.GetRequiredService<DepartmentAdministration>()
            .GrantAsync(ContentActor.Person("test-admin", isAdministrator: true), user.Id, DepartmentSeed.PublicityId, ContentRole.Editor, includesSubDepartments: false);
        Assert.True(granted.Succeeded);
        return (ContentActor.Person(user.Id, ContentRole.Editor), user.Id);
    }

    private void SignIn(string userId)
    {
        authorization.SetAuthorized("editor");
        authorization.SetRoles(PortalRoles.Editor);
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId), new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor));
    }
}
