using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;

namespace Portal.Tests.Content.Manager;

/// <summary>The public content route over HTTP: the live version by slug, a 301 from an old slug, 404 otherwise, and the preview for staff only.</summary>
[IntegrationTest]
public sealed class PublicContentPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly ContentActor Administrator = ContentActor.Person("test-admin", isAdministrator: true);

    [Fact]
    public async Task The_live_version_is_served_an_old_slug_redirects_permanently_and_an_unknown_one_is_404()
    {
        var editor = await PersonAsync("public-editor", ContentRole.Editor);
        var reviewer = await PersonAsync("public-reviewer", ContentRole.Reviewer);
        var publisher = await PersonAsync("public-publisher", ContentRole.Publisher);
        var editing = portal.Services.GetRequiredService<ContentEditor>();
        var workflow = portal.Services.GetRequiredService<ContentWorkflow>();
        var created = (await editing.CreateAsync(editor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = Draft("如何举报拐卖线索", "如何举报拐卖线索"),
        })).Value!;
        await PublishAsync(workflow, editor, reviewer, publisher, created.VersionId);

        using var client = portal.CreateBrowserLikeClient();
        var live = await client.GetAsync(ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, "如何举报拐卖线索"));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var html = await live.Content.ReadAsStringAsync();
        Assert.Contains("<h1>如何举报拐卖线索</h1>", html, StringComparison.Ordinal);
        Assert.Contains("拨打 110 或在本平台匿名举报。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        var second = (await editing.SaveDraftAsync(editor, created.ItemId, created.VersionId, Draft("如何举报拐卖线索", "举报拐卖线索的三种方式"))).Value!;
        await PublishAsync(workflow, editor, reviewer, publisher, second.VersionId);

        var old = await client.GetAsync(ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, "如何举报拐卖线索"));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal(ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, "举报拐卖线索的三种方式"), old.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(old.Headers.Location)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ContentUrls.Item(ContentCultures.English, Rendition.Standard, "举报拐卖线索的三种方式"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/read/no-such-rendition/举报拐卖线索的三种方式")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ContentUrls.Item(ContentCultures.Chinese, Rendition.EasyRead, "举报拐卖线索的三种方式"))).StatusCode);

        // A draft is not public; its preview is a staff page.
        var preview = await client.GetAsync(ContentUrls.Preview(created.ItemId, created.VersionId));
        Assert.Equal(HttpStatusCode.Redirect, preview.StatusCode);
        Assert.StartsWith("/account/login", HtmlPage.RedirectTarget(preview), StringComparison.Ordinal);
    }

    [Fact]
    public void The_url_scheme_puts_english_under_en_and_other_renditions_in_a_segment()
    {
        Assert.Equal("/read/%E5%A6%82%E4%BD%95", ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, "如何"));
        Assert.Equal("/en/read/how-to-report", ContentUrls.Item(ContentCultures.English, Rendition.Standard, "how-to-report"));
        Assert.Equal("/read/easy-read/abc", ContentUrls.Item(ContentCultures.Chinese, Rendition.EasyRead, "abc"));
        Assert.Equal("/en/read/large-print/abc", ContentUrls.Item(ContentCultures.English, Rendition.LargePrint, "abc"));
        Assert.Equal(Rendition.SignLanguage, ContentUrls.RenditionOf("sign-language"));
        Assert.Equal(Rendition.Standard, ContentUrls.RenditionOf(null));
        Assert.Null(ContentUrls.RenditionOf("standard"));
    }

    private static ContentDraft Draft(string title, string slug) => new()
    {
        Title = title,
        Slug = slug,
        Fields = new ArticleFields(),
        Blocks = [new RichTextBlock { Id = Guid.Parse("7b0c6a43-3f5e-4f0b-9a57-0d4c1d5e8a10"), Html = "<p>拨打 110 或在本平台匿名举报。</p>" }],
    };

    private async Task<ContentActor> PersonAsync(string name, ContentRole role)
    {
        var userId = $"{name}-{Guid.NewGuid():N}";
        Assert.True((await portal.Services.GetRequiredService<DepartmentAdministration>().GrantAsync(Administrator, userId, DepartmentSeed.PublicityId, role, false)).Succeeded);
        return ContentActor.Person(userId, role);
    }

    private static async Task PublishAsync(ContentWorkflow workflow, ContentActor editor, ContentActor reviewer, ContentActor publisher, Guid versionId)
    {
        Assert.True((await workflow.SubmitAsync(editor, versionId)).Succeeded);
        Assert.True((await workflow.ApproveAsync(reviewer, versionId)).Succeeded);
        var published = await workflow.PublishAsync(publisher, versionId);
        Assert.True(published.Succeeded, published.ToString());
    }
}
