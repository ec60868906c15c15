using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Tips.Attachments;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tests.Reporting.Pages;

/// <summary>Files chosen in the report form itself travel with the first post and end up with the tip.</summary>
[IntegrationTest]
public sealed class ReportFormAttachmentTests : IClassFixture<AttachmentPortalFactory>
{
    private static readonly byte[] DisguisedProgram =
        [.. new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00 }, .. new byte[2000]];

    private readonly AttachmentPortalFactory portal;

    public ReportFormAttachmentTests(AttachmentPortalFactory portal) => this.portal = portal;

    private async Task<TipsDbContext> ContextAsync() =>
        await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();

    private static Task<HttpResponseMessage> SubmitWithFilesAsync(HttpClient client, Dictionary<string, string> fields, params (string Name, byte[] Bytes)[] files) =>
        SubmitWithFilesAsync(client, "/report", fields, files);

    private static async Task<HttpResponseMessage> SubmitWithFilesAsync(HttpClient client, string path, Dictionary<string, string> fields, params (string Name, byte[] Bytes)[] files)
    {
        var form = await HtmlPage.GetAsync(client, path);
        return await form.SubmitMultipartAsync(client, fields, files, "main form[data-altcha-challenge]");
    }

    private async Task<List<TipAttachment>> AttachmentsOfNewestTipAsync(string narrative)
    {
        await using var context = await ContextAsync();
        var tips = await context.Set<Tip>().ToListAsync();
        var keyring = portal.Services.GetRequiredService<TipKeyring>();
        var tip = tips.Single(t => TipKeyring.Unseal<TipReport>(keyring.Open(t), t.Id, "report", t.EncryptedReport).WhatHappened == narrative);
        return await context.Set<TipAttachment>().Where(a => a.TipId == tip.Id).OrderBy(a => a.Slot).ToListAsync();
    }

    [Fact]
    public async Task Files_sent_with_the_english_form_are_checked_as_they_arrive_and_a_refused_one_is_linked_from_the_summary()
    {
        using var client = portal.CreateBrowserLikeClient();
        var narrative = "English form with files: " + Guid.NewGuid().ToString("N");

        var posted = await SubmitWithFilesAsync(client, "/en/report", TipForms.Fields(narrative), ("contract.pdf", TestFiles.Pdf(40_000)), ("photo.jpg", DisguisedProgram));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var page = await HtmlPage.ParseAsync(posted);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        var link = page.Document.QuerySelector("#form-errors li a")!;
        Assert.Equal("en/report#files", link.GetAttribute("href"));
        Assert.Contains("photo.jpg", link.TextContent, StringComparison.Ordinal);
        Assert.Contains("files-error", page.Document.GetElementById("files")!.GetAttribute("aria-describedby")!, StringComparison.Ordinal);
        Assert.Contains("contract.pdf", page.Document.QuerySelector("[data-testid=kept-files]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_chosen_in_the_form_is_stored_with_the_tip_and_its_viewing_copy_has_no_gps()
    {
        using var client = portal.CreateBrowserLikeClient();
        var narrative = "表单附照片：" + Guid.NewGuid().ToString("N");

        var posted = await SubmitWithFilesAsync(client, TipForms.Fields(narrative), ("车站.jpg", TestFiles.JpegWithGps("GPS-MARKER-FORM")));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("/report/receipt", HtmlPage.RedirectTarget(posted), StringComparison.Ordinal);
        var attachment = Assert.Single(await AttachmentsOfNewestTipAsync(narrative));
        Assert.Equal(AttachmentKinds.Image, attachment.Kind);
        var store = portal.Services.GetRequiredService<TipAttachmentStore>();
        Assert.Equal("车站.jpg", await store.NameAsync(attachment.TipId, attachment.Id));
        await using var copy = await store.OpenAsync(attachment.TipId, attachment.Id, viewingCopy: true);
        using var bytes = new MemoryStream();
        await copy!.CopyToAsync(bytes);
        Assert.False(TestFiles.HasExifSegment(bytes.ToArray()));
        Assert.DoesNotContain("GPS-MARKER-FORM", System.Text.Encoding.ASCII.GetString(bytes.ToArray()), StringComparison.Ordinal);
        await using var context = await ContextAsync();
        Assert.False(await context.Set<AttachmentStaging>().AnyAsync(s => s.TipId == attachment.TipId));
    }

    [Fact]
    public async Task A_disguised_program_stops_the_tip_with_a_message_keeps_the_text_and_the_good_file_and_the_corrected_form_goes_through()
    {
        using var client = portal.CreateBrowserLikeClient();
        var narrative = "附件有误的线索：" + Guid.NewGuid().ToString("N");
        var fields = TipForms.Fields(narrative);
        await using (var before = await ContextAsync())
        {
            fields["Form.WhenText"] = "今天早上 " + await before.Set<Tip>().CountAsync();
        }

        var posted = await SubmitWithFilesAsync(client, fields, ("合同.pdf", TestFiles.Pdf(40_000)), ("photo.jpg", DisguisedProgram));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var page = await HtmlPage.ParseAsync(posted);
        var alert = page.Document.QuerySelector("#form-errors")!.TextContent;
        Assert.Contains("photo.jpg", alert, StringComparison.Ordinal);
        Assert.Contains("按文件内容判断", alert, StringComparison.Ordinal);
        Assert.Equal(narrative, page.Document.QuerySelector("#what-happened")!.TextContent);
        Assert.Contains("合同.pdf", page.Document.QuerySelector("[data-testid=kept-files]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("photo.jpg", page.Document.QuerySelector("[data-testid=kept-files]")!.TextContent, StringComparison.Ordinal);
        await using (var context = await ContextAsync())
        {
            var keyring = portal.Services.GetRequiredService<TipKeyring>();
            Assert.DoesNotContain(await context.Set<Tip>().ToListAsync(), t => TipKeyring.Unseal<TipReport>(keyring.Open(t), t.Id, "report", t.EncryptedReport).WhatHappened == narrative);
        }

        // The reporter sends the corrected form again, this time without choosing a file.
        var corrected = await page.SubmitMultipartAsync(client, new Dictionary<string, string>(), [], "main form[data-altcha-challenge]");

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var attachment = Assert.Single(await AttachmentsOfNewestTipAsync(narrative));
        Assert.Equal("合同.pdf", await portal.Services.GetRequiredService<TipAttachmentStore>().NameAsync(attachment.TipId, attachment.Id));
        await using var stream = await portal.Services.GetRequiredService<TipAttachmentStore>().OpenAsync(attachment.TipId, attachment.Id, viewingCopy: false);
        using var bytes = new MemoryStream();
        await stream!.CopyToAsync(bytes);
        Assert.Equal(TestFiles.Pdf(40_000), bytes.ToArray());
    }

    [Fact]
    public async Task Eleven_files_in_the_form_are_refused_with_a_message_and_ten_are_kept()
    {
        using var client = portal.CreateBrowserLikeClient();
        var narrative = "十一个附件：" + Guid.NewGuid().ToString("N");
        var files = Enumerable.Range(1, 11).Select(i => ($"scan-{i}.pdf", TestFiles.Pdf(1_000 + i))).ToArray();

        var posted = await SubmitWithFilesAsync(client, TipForms.Fields(narrative), files);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var page = await HtmlPage.ParseAsync(posted);
        Assert.Contains("scan-11.pdf", page.Document.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("最多 10 个附件", page.Document.QuerySelector("#form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, page.Document.QuerySelectorAll("[data-testid=kept-files] li").Length);

        var corrected = await page.SubmitMultipartAsync(client, new Dictionary<string, string>(), [], "main form[data-altcha-challenge]");

        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal(Enumerable.Range(1, 10), (await AttachmentsOfNewestTipAsync(narrative)).Select(a => a.Slot));
    }

    [Fact]
    public async Task The_same_form_posted_twice_at_once_with_a_file_makes_one_tip_that_has_the_file()
    {
        using var client = portal.CreateBrowserLikeClient();
        var narrative = "重复提交带附件：" + Guid.NewGuid().ToString("N");
        var form = await HtmlPage.GetAsync(client, "/report");

        var posts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            form.SubmitMultipartAsync(client, TipForms.Fields(narrative), [("证据.pdf", TestFiles.Pdf(30_000))], "main form[data-altcha-challenge]")));

        Assert.All(posts, post => Assert.Equal(HttpStatusCode.Redirect, post.StatusCode));
        Assert.Equal(HtmlPage.RedirectTarget(posts[0]).Split('?')[0], HtmlPage.RedirectTarget(posts[1]).Split('?')[0]);
        var attachments = await AttachmentsOfNewestTipAsync(narrative); // Single() inside: exactly one tip.
        Assert.InRange(attachments.Count, 1, 2);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("")]
    public async Task A_form_post_with_a_file_but_a_bad_antiforgery_token_is_refused_before_anything_is_staged(string token)
    {
        using var client = portal.CreateBrowserLikeClient();
        var form = await HtmlPage.GetAsync(client, "/report");
        var fields = TipForms.Fields("伪造的表单：" + Guid.NewGuid().ToString("N"));
        fields["__RequestVerificationToken"] = token;
        var idempotencyKey = form.Document.QuerySelector("input[name='Form.IdempotencyKey']")!.GetAttribute("value")!;
        var blobsBefore = BlobFiles();

        var posted = await form.SubmitMultipartAsync(client, fields, [("证据.pdf", TestFiles.Pdf(30_000))], "main form[data-altcha-challenge]");

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var page = await HtmlPage.ParseAsync(posted);
        Assert.Contains("无法处理这个请求", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var hash = portal.Services.GetRequiredService<ReceiptHashes>().OfIdempotencyKey(idempotencyKey);
        await using var context = await ContextAsync();
        Assert.False(await context.Set<AttachmentStaging>().AnyAsync(s => s.IdempotencyKeyHash == hash));
        Assert.Equal(blobsBefore, BlobFiles());
    }

    private string[] BlobFiles() =>
        Directory.Exists(portal.BlobFolder) ? [.. Directory.EnumerateFiles(portal.BlobFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)] : [];
}
