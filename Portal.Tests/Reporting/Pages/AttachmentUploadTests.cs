using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Tips.Attachments;
using Portal.Tips.Data;

namespace Portal.Tests.Reporting.Pages;

[IntegrationTest]
public sealed class AttachmentUploadTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory portal;

    public AttachmentUploadTests(PortalFactory portal) => this.portal = portal;

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, HtmlPage receipt, params (string Name, byte[] Bytes)[] files)
    {
        var form = receipt.Document.QuerySelector("form[action='report/attachments']")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(form.QuerySelector("input[name=t]")!.GetAttribute("value")!), "t");
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(file, "files", name);
        }

        return await client.PostAsync("/report/attachments", content);
    }

    [Fact]
    public async Task A_photo_is_accepted_from_the_receipt_page_and_a_disguised_program_is_refused_with_a_message()
    {
        using var client = portal.CreateBrowserLikeClient();
        var receipt = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(await TipForms.SubmitAsync(client, TipForms.Fields())));
        var program = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00 }.Concat(new byte[2000]).ToArray();

        var uploaded = await UploadAsync(client, receipt, ("街景.jpg", TestFiles.JpegWithGps("GPS-MARKER-UPLOAD")), ("photo.jpg", program));

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var after = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(uploaded));
        Assert.Equal("已收到 1 个附件。", after.Document.QuerySelector("[data-testid=attachments-added]")!.TextContent);
        Assert.Contains("按文件内容判断", after.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var stored = await context.Set<TipAttachment>().OrderByDescending(a => a.ReceivedAt).FirstAsync();
        Assert.Equal(AttachmentState.Stored, stored.State);
        Assert.NotNull(stored.ViewingCopyBlobKey);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(portal.DataFolder, "blobs"), "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("GPS-MARKER-UPLOAD", System.Text.Encoding.ASCII.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_upload_without_a_valid_receipt_token_stores_nothing()
    {
        using var client = portal.CreateBrowserLikeClient();
        using var content = new MultipartFormDataContent
        {
            { new StringContent("forged"), "t" },
            { new ByteArrayContent(TestFiles.JpegWithGps("NOPE")), "files", "a.jpg" },
        };
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var before = await context.Set<TipAttachment>().CountAsync();

        var response = await client.PostAsync("/report/attachments", content);

        Assert.Equal("/report/receipt", HtmlPage.RedirectTarget(response));
        Assert.Equal(before, await context.Set<TipAttachment>().CountAsync());
    }
}

[IntegrationTest]
public sealed class FollowUpAttachmentTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory portal;

    public FollowUpAttachmentTests(PortalFactory portal) => this.portal = portal;

    [Fact]
    public async Task A_reporter_adds_a_document_later_from_the_follow_up_page_and_returns_to_it()
    {
        using var client = portal.CreateBrowserLikeClient();
        var receipt = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(await TipForms.SubmitAsync(client, TipForms.Fields())));
        var signIn = await HtmlPage.GetAsync(client, "/report/follow-up");
        var opened = await HtmlPage.ParseAsync(await signIn.SubmitAsync(client, new Dictionary<string, string>
        {
            ["SignIn.Number"] = receipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent,
            ["SignIn.Passphrase"] = receipt.Document.QuerySelector("[data-testid=receipt-passphrase]")!.TextContent,
        }));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(opened.Document.QuerySelector("form[action='report/attachments'] input[name=access]")!.GetAttribute("value")!), "access" },
            { new ByteArrayContent(TestFiles.Pdf(5000)), "files", "聊天记录.pdf" },
        };

        var uploaded = await client.PostAsync("/report/attachments", content);

        // The fresh access token crosses the redirect in a one-time cookie, not in the address.
        Assert.Equal("/report/follow-up?added=1", HtmlPage.RedirectTarget(uploaded));
        var back = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(uploaded));
        Assert.Equal("已收到 1 个附件。", back.Document.QuerySelector("[data-testid=attachments-added]")!.TextContent);
        Assert.Equal("已收到", back.Document.QuerySelector("[data-testid=tip-status]")!.TextContent);
        var reloaded = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(uploaded));
        Assert.Null(reloaded.Document.QuerySelector("[data-testid=tip-status]"));
        Assert.NotNull(reloaded.Document.QuerySelector("input[name='SignIn.Number']"));
    }
}
