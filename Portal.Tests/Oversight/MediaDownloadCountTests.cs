using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Content.Downloads;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Oversight;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Content;
using Portal.Tests.Content.Media;
using Portal.Tests.Infrastructure;
using Portal.Web.Content.Media;

namespace Portal.Tests.Oversight;

/// <summary>
/// The public media route's download counter through the real host: a whole file or a first range counts, a
/// later range, HEAD, a revalidation and a picture rendition do not; rows hold the file and the day only; the
/// content figures count downloads per file and per audience of the content that uses the file. On each provider.
/// </summary>
[IntegrationTest]
public abstract class MediaDownloadCountTests
{
    private readonly ContentActor administrator = ContentActor.Person("admin-download-tests", isAdministrator: true);

    protected abstract PortalFactory Portal { get; }

    [Fact]
    public async Task Whole_files_and_first_ranges_count_once_each_and_nothing_else_counts()
    {
        var (pdf, photo) = await PublishedFilesAsync("teachers");
        using var reader = Portal.CreateBrowserLikeClient();

        using var whole = await reader.GetAsync(MediaFileEndpoints.PublicUrl(pdf));
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(1, await CountAsync(pdf));

        Assert.Equal(HttpStatusCode.PartialContent, (await RangeAsync(reader, pdf, 0, 99)).StatusCode);
        Assert.Equal(2, await CountAsync(pdf));

        // The rest of the same file in chunks, as a PDF viewer or player fetches it: no more downloads.
        Assert.Equal(HttpStatusCode.PartialContent, (await RangeAsync(reader, pdf, 100, 199)).StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, (await RangeAsync(reader, pdf, 200, null)).StatusCode);
        using var head = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Head, MediaFileEndpoints.PublicUrl(pdf)));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        using var revalidate = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Get, MediaFileEndpoints.PublicUrl(pdf)) { Headers = { IfNoneMatch = { whole.Headers.ETag! } } });
        Assert.Equal(HttpStatusCode.NotModified, revalidate.StatusCode);
        Assert.Equal(2, await CountAsync(pdf));

        // A picture embedded in a page is a rendition: a view, not a download.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(MediaFileEndpoints.PublicUrl(photo, "thumb"))).StatusCode);
        Assert.Equal(0, await CountAsync(photo));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(MediaFileEndpoints.PublicUrl(Guid.NewGuid()))).StatusCode);
    }

    [Fact]
    public async Task An_image_shown_inside_an_article_is_not_a_download_but_the_same_file_fetched_by_a_link_is()
    {
        var (_, photo) = await PublishedFilesAsync("teachers");
        using var reader = Portal.CreateBrowserLikeClient();

        // What a browser sends for <img src="/media/{id}"> in an article, and for a poster or a player in the page.
        foreach (var destination in new[] { "image", "video", "audio" })
        {
            using var shown = new HttpRequestMessage(HttpMethod.Get, MediaFileEndpoints.PublicUrl(photo)) { Headers = { { "Sec-Fetch-Dest", destination } } };
            Assert.Equal(HttpStatusCode.OK, (await reader.SendAsync(shown)).StatusCode);
        }

        Assert.Equal(0, await CountAsync(photo));

        // A download link (fetched as "empty"), the file opened in a tab ("document"), and a client that sends no header.
        using var link = new HttpRequestMessage(HttpMethod.Get, MediaFileEndpoints.PublicUrl(photo)) { Headers = { { "Sec-Fetch-Dest", "empty" } } };
        Assert.Equal(HttpStatusCode.OK, (await reader.SendAsync(link)).StatusCode);
        using var tab = new HttpRequestMessage(HttpMethod.Get, MediaFileEndpoints.PublicUrl(photo)) { Headers = { { "Sec-Fetch-Dest", "document" } } };
        Assert.Equal(HttpStatusCode.OK, (await reader.SendAsync(tab)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(MediaFileEndpoints.PublicUrl(photo))).StatusCode);
        Assert.Equal(3, await CountAsync(photo));
    }

    [Fact]
    public void A_download_row_holds_the_file_the_day_and_the_count_and_nothing_about_the_reader()
    {
        using var scope = Portal.Services.CreateScope();
        using var context = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContext();
        var entity = context.Model.FindEntityType(typeof(MediaDownloadDay))!;

        Assert.Equal(["AssetId", "Count", "Day"], entity.GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_content_figures_count_downloads_per_file_and_per_audience_of_the_live_content_using_it()
    {
        var (pdf, _) = await PublishedFilesAsync("parents", "migrant-workers");
        using var reader = Portal.CreateBrowserLikeClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(MediaFileEndpoints.PublicUrl(pdf))).StatusCode);
        }

        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var figures = await Portal.Services.GetRequiredService<ContentOversight>().GetAsync(
            TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddDays(1), today, today);

        Assert.Equal(3, figures.DownloadsByResource.Single(r => r.AssetId == pdf).Downloads);
        Assert.Equal("反拐宣传手册.pdf", figures.DownloadsByResource.Single(r => r.AssetId == pdf).FileName);
        Assert.True(figures.DownloadsByAudience.Single(a => a.AudienceKey == "parents").Downloads >= 3);
        Assert.Equal("家长和监护人", figures.DownloadsByAudience.Single(a => a.AudienceKey == "parents").LabelZh);
        Assert.True(figures.DownloadsByAudience.Single(a => a.AudienceKey == "migrant-workers").Downloads >= 3);
        Assert.Contains(figures.PublishedByDepartment, d => d.NewItems >= 1 && d.Publications >= 1);
        var outside = await Portal.Services.GetRequiredService<ContentOversight>().GetAsync(
            TimeProvider.System.GetUtcNow().AddDays(-10), TimeProvider.System.GetUtcNow().AddDays(-9), today.AddDays(-10), today.AddDays(-9));
        Assert.DoesNotContain(outside.DownloadsByResource, r => r.AssetId == pdf);
    }

    private async Task<long> CountAsync(Guid assetId)
    {
        await using var context = await Portal.Services.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContextAsync();
        return await context.Set<MediaDownloadDay>().Where(d => d.AssetId == assetId).SumAsync(d => d.Count);
    }

    private static async Task<HttpResponseMessage> RangeAsync(HttpClient client, Guid assetId, long from, long? to) =>
        await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, MediaFileEndpoints.PublicUrl(assetId)) { Headers = { Range = new RangeHeaderValue(from, to) } });

    /// <summary>A PDF in a download list and a photo in an image block of one published article for the given audiences.</summary>
    private async Task<(Guid Pdf, Guid Photo)> PublishedFilesAsync(params string[] audiences)
    {
        var administration = Portal.Services.GetRequiredService<DepartmentAdministration>();
        var key = "downloads-" + Guid.NewGuid().ToString("N")[..12];
        var department = (await administration.CreateAsync(administrator, key, "下载测试 " + key, "Download test " + key, DepartmentSeed.RootId)).Value!.Id;
        async Task<ContentActor> Person(ContentRole role)
        {
            var actor = ContentActor.Person("user-" + Guid.NewGuid().ToString("N")[..12], role);
            Assert.True((await administration.GrantAsync(administrator, actor.UserId, department, role, includesSubDepartments: false)).Succeeded);
            return actor;
        }

        var editor = await Person(ContentRole.Editor);
        var media = Portal.Services.GetRequiredService<MediaLibrary>();
        var pdf = (await media.UploadAsync(editor, new MediaUpload { DepartmentId = department, FileName = "反拐宣传手册.pdf", Content = new MemoryStream(MediaSamples.Pdf(10_000)) })).Value!.Asset.Id;
        var photo = (await media.UploadAsync(editor, new MediaUpload { DepartmentId = department, FileName = "海报.png", Content = new MemoryStream(MediaSamples.Png(300, 200)) })).Value!.Asset.Id;
        var created = await Portal.Services.GetRequiredService<ContentEditor>().CreateAsync(editor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = department, Culture = ContentCultures.Chinese, Rendition = Rendition.Standard,
            Draft = Drafts.Article(null,
                new DownloadListBlock { Id = Guid.NewGuid(), Items = [new DownloadItem { AssetId = pdf, Label = "宣传手册" }] },
                new ImageBlock { Id = Guid.NewGuid(), AssetId = photo, Alt = "海报" }).WithAudience(audiences),
        });
        Assert.True(created.Succeeded, created.ToString());
        var workflow = Portal.Services.GetRequiredService<ContentWorkflow>();
        Assert.True((await workflow.SubmitAsync(editor, created.Value!.VersionId, null)).Succeeded);
        Assert.True((await workflow.ApproveAsync(await Person(ContentRole.Reviewer), created.Value.VersionId, null)).Succeeded);
        Assert.True((await workflow.PublishAsync(await Person(ContentRole.Publisher), created.Value.VersionId, null)).Succeeded);
        return (pdf, photo);
    }
}

public sealed class SqliteMediaDownloadCountTests(PortalFactory portal) : MediaDownloadCountTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresMediaDownloadCountTests(PostgresPortalFixture fixture) : MediaDownloadCountTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
