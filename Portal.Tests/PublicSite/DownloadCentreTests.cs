using System.Net;
using Portal.Content.Common;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Content.Media;
using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;

namespace Portal.Tests.PublicSite;

/// <summary>The download centre through the real host: its GET filters, what a row tells, and a clear message for bad input.</summary>
[IntegrationTest]
public abstract class DownloadCentreTests
{
    protected abstract PortalFactory Portal { get; }

    [Fact]
    public async Task Format_and_language_filters_narrow_the_files_and_rows_show_format_size_pages_and_paper()
    {
        var desk = await PublicListsHarness.CreateAsync(Portal.Services);
        var handbook = await desk.UploadAsync("家长手册.pdf", MediaSamples.Pdf(20_000));
        var template = await desk.UploadAsync("教案模板.docx", MediaSamples.Docx());
        var englishHandbook = await desk.UploadAsync("parents-handbook.pdf", MediaSamples.Pdf(5_000));
        var zhLabel = Drafts.Unique("家长手册");
        var docxLabel = Drafts.Unique("教案模板");
        var enLabel = Drafts.Unique("Parents' handbook");
        await desk.PublishedAsync(ContentType.Resource, Drafts.Unique("家长反拐资料包"), new ResourceFields
        {
            Files =
            [
                new ResourceFile { AssetId = handbook, Label = zhLabel, Format = "PDF", PageCount = 12, PaperSize = PaperSize.A4, PrintReady = true },
                new ResourceFile { AssetId = template, Label = docxLabel, Format = "DOCX" },
            ],
        }, new Terms(Audience: ["parents"]));
        await desk.PublishedAsync(ContentType.Resource, Drafts.Unique("Resources for parents"), new ResourceFields
        {
            Files = [new ResourceFile { AssetId = englishHandbook, Label = enLabel, Format = "PDF" }],
        }, new Terms(Audience: ["parents"]), culture: ContentCultures.English);
        using var client = Portal.CreateBrowserLikeClient();

        var all = await HtmlPage.GetAsync(client, PublicUrls.Downloads + "?audience=parents");
        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Contains(zhLabel, all.Text, StringComparison.Ordinal);
        Assert.Contains(docxLabel, all.Text, StringComparison.Ordinal);
        Assert.Contains(enLabel, all.Text, StringComparison.Ordinal);

        var pdfInChinese = await HtmlPage.GetAsync(client, PublicUrls.Downloads + "?audience=parents&format=PDF&language=zh-CN");
        Assert.Contains(zhLabel, pdfInChinese.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(docxLabel, pdfInChinese.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(enLabel, pdfInChinese.Text, StringComparison.Ordinal);
        var row = pdfInChinese.Document.QuerySelectorAll(".download-list li").Single(li => li.TextContent.Contains(zhLabel, StringComparison.Ordinal));
        Assert.Equal("PDF · 19.5 KB · A4 · 12 页", row.QuerySelector(".meta")!.TextContent);
        var link = row.QuerySelector("a.download-name")!.GetAttribute("href")!;
        Assert.Equal($"media/{handbook:D}", link);
        using var file = await client.GetAsync("/" + link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        // The form keeps the chosen filters, and every select has a label.
        Assert.Equal("PDF", pdfInChinese.Document.QuerySelector("#filter-format option[selected]")!.GetAttribute("value"));
        Assert.All(pdfInChinese.Document.QuerySelectorAll("form select"), s => Assert.NotNull(pdfInChinese.Document.QuerySelector($"label[for='{s.Id}']")));

        var english = await HtmlPage.GetAsync(client, PublicUrls.InCulture(ContentCultures.English, PublicUrls.Downloads) + "?audience=parents&language=en");
        Assert.Contains(enLabel, english.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(zhLabel, english.Text, StringComparison.Ordinal);
        Assert.Contains("PDF · 4.9 KB", english.Text, StringComparison.Ordinal);

        var docx = await HtmlPage.GetAsync(client, PublicUrls.Downloads + "?audience=parents&format=docx");
        Assert.Contains(docxLabel, docx.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(zhLabel, docx.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/downloads?format=EXE", "没有这种文件格式")]
    [InlineData("/downloads?language=fr", "不支持这种语言")]
    [InlineData("/downloads?audience=nobody", "没有这个对象")]
    [InlineData("/downloads?type=video", "没有这种材料类型")]
    [InlineData("/downloads?page=-3", "页码不正确")]
    [InlineData("/en/downloads?format=EXE", "There is no such file format")]
    [InlineData("/en/downloads?setting=moon", "There is no such setting")]
    public async Task Bad_filter_values_get_a_clear_message_in_the_pages_language_not_an_error(string url, string message)
    {
        using var client = Portal.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(message, page.Document.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("form[method='get'] select#filter-format"));
    }
}

public sealed class SqliteDownloadCentreTests(PortalFactory portal) : DownloadCentreTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresDownloadCentreTests(PostgresPortalFixture fixture) : DownloadCentreTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
