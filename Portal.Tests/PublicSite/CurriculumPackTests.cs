using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Portal.Content.Blocks;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Content.Media;
using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;

namespace Portal.Tests.PublicSite;

/// <summary>
/// The curriculum pack from the schools hub: one zip with each live lesson as a printable page and every attached
/// file, a Chinese file name in Content-Disposition, and an ETag of the live versions that a repeat download revalidates.
/// </summary>
[IntegrationTest]
public abstract class CurriculumPackTests
{
    protected abstract PortalFactory Portal { get; }

    [Fact]
    public async Task The_schools_hub_links_a_zip_of_the_lessons_and_files_with_a_chinese_name_and_an_etag()
    {
        var desk = await PublicListsHarness.CreateAsync(Portal.Services);
        var guideBytes = MediaSamples.Pdf(7_000);
        var guide = await desk.UploadAsync("教师指南.pdf", guideBytes);
        var cards = await desk.UploadAsync("情景卡.docx", MediaSamples.Docx());
        var firstTitle = Drafts.Unique("不跟陌生人走");
        var secondTitle = Drafts.Unique("走失了怎么办");
        var first = await desk.PublishedAsync(ContentType.Lesson, firstTitle, PublicListsHarness.Lesson("primary", "学会说“不”并离开"),
            new Terms(Audience: ["students-primary"], GradeBand: ["primary"]),
            blocks: [Drafts.Paragraph("<p>陌生人说“你妈妈让我来接你”，怎么办？</p>"), new DownloadListBlock { Id = Guid.NewGuid(), Items = [new DownloadItem { AssetId = cards, Label = "情景卡" }] }]);
        var second = await desk.PublishedAsync(ContentType.Lesson, secondTitle, PublicListsHarness.Lesson("primary", "记住 110"),
            new Terms(Audience: ["students-primary"], GradeBand: ["primary"]));
        var title = Drafts.Unique("小学反拐安全教育课程");
        var curriculum = await desk.PublishedAsync(ContentType.Curriculum, title, new CurriculumFields
        {
            GradeBand = "primary", Lessons = [first.ItemId, second.ItemId], Hours = 2, TeacherGuideAssetId = guide, TeacherGuide = "每学年开学初讲授一次。",
        }, new Terms(Audience: ["students-primary", "teachers"], GradeBand: ["primary"]));
        using var client = Portal.CreateBrowserLikeClient();

        var hub = await HtmlPage.GetAsync(client, PublicUrls.Hub(AudienceHub.Schools));
        var entry = hub.Document.QuerySelectorAll(".hub-list > li").Single(li => li.QuerySelector("a.hub-title")!.TextContent == title);
        var packLink = entry.QuerySelector("a.download-pack")!.GetAttribute("href")!;
        Assert.Equal(PublicUrls.Href(PublicUrls.CurriculumPack(curriculum.ItemId)), packLink);
        Assert.NotNull(entry.QuerySelector($"a[href='media/{guide:D}']"));

        using var response = await client.GetAsync("/" + packLink, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        // Streamed as it is written: no length known up front.
        Assert.Null(response.Content.Headers.ContentLength);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(title + "-课程包.zip", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''" + Uri.EscapeDataString(title + "-课程包.zip"), response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        var etag = response.Headers.ETag!;
        Assert.True(etag.IsWeak);

        await using var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        await using (var zip = new ZipArchive(body, ZipArchiveMode.Read))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Equal([$"01-{firstTitle}.html", $"02-{secondTitle}.html", "附件/情景卡.docx", "附件/教师指南.pdf"], names.Order().ToList());
            var lesson = await ReadAsync(zip.GetEntry($"01-{firstTitle}.html")!);
            Assert.Contains("<h1>" + firstTitle + "</h1>", Encoding.UTF8.GetString(lesson), StringComparison.Ordinal);
            Assert.Contains("学会说“不”并离开", Encoding.UTF8.GetString(lesson), StringComparison.Ordinal);
            Assert.Contains("你妈妈让我来接你", Encoding.UTF8.GetString(lesson), StringComparison.Ordinal);
            Assert.Equal(guideBytes, await ReadAsync(zip.GetEntry("附件/教师指南.pdf")!));
        }

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/" + packLink) { Headers = { IfNoneMatch = { etag } } };
        using var notModified = await client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        // A new live version of a lesson is a new pack.
        var changed = await desk.Newsroom.SaveAsync(second.ItemId, second.VersionId, new ContentDraft
        {
            Title = secondTitle, Fields = PublicListsHarness.Lesson("primary", "记住 110 和家人的电话"),
            Terms = new Terms(Audience: ["students-primary"], GradeBand: ["primary"]).ToDictionary(),
        });
        await desk.Newsroom.PublishAsync(changed.VersionId);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/" + packLink) { Headers = { IfNoneMatch = { etag } } };
        using var renewed = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.NotEqual(etag, renewed.Headers.ETag);
    }

    [Fact]
    public async Task There_is_no_pack_of_an_unpublished_curriculum_or_of_an_item_that_is_not_one()
    {
        var desk = await PublicListsHarness.CreateAsync(Portal.Services);
        var lesson = await desk.PublishedAsync(ContentType.Lesson, Drafts.Unique("认识拐卖"), PublicListsHarness.Lesson("senior-high"), new Terms(Audience: ["students-senior-high"]));
        var draft = await desk.DraftAsync(ContentType.Curriculum, Drafts.Unique("高中课程草稿"), new CurriculumFields { GradeBand = "senior-high", Lessons = [lesson.ItemId], Hours = 1, TeacherGuide = "每学期讲授一次。" }, new Terms());
        using var client = Portal.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(PublicUrls.CurriculumPack(draft.ItemId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(PublicUrls.CurriculumPack(lesson.ItemId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(PublicUrls.CurriculumPack(Guid.NewGuid()))).StatusCode);
    }

    private static async Task<byte[]> ReadAsync(ZipArchiveEntry entry)
    {
        await using var stream = entry.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}

public sealed class SqliteCurriculumPackTests(PortalFactory portal) : CurriculumPackTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresCurriculumPackTests(PostgresPortalFixture fixture) : CurriculumPackTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
