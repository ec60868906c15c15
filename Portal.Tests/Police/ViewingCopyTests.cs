using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Tests.Web;
using Portal.Tips.Attachments;
using Portal.Tips.Audit;
using Portal.Web.Identity;
using Portal.Web.Police;

namespace Portal.Tests.Police;

/// <summary>
/// What officers are sent for a photo: its viewing copy under the type it really is (a PNG's copy is a PNG, a HEIC
/// photo's stripped copy is HEIC), and nothing for a photo too large to decode, which stays with supervisors.
/// </summary>
[IntegrationTest]
public sealed class ViewingCopyTests(StaffMatrixPortalFactory portal) : IClassFixture<StaffMatrixPortalFactory>
{
    private TipAttachmentStore Store => portal.Services.GetRequiredService<TipAttachmentStore>();

    private async Task<Guid> AddAsync(string name, byte[] content)
    {
        var stored = await Store.AddAsync(portal.TipId, name, new MemoryStream(content));
        Assert.True(stored.Accepted, stored.Error);
        return stored.AttachmentId!.Value;
    }

    private Task<HttpResponseMessage> OfficerViewsAsync(Guid attachmentId) =>
        portal.ClientFor(PortalRoles.Officer).GetAsync(TipAttachmentEndpoints.ViewingCopyUrl(portal.TipId, attachmentId, download: true));

    [Fact]
    public async Task A_png_photos_viewing_copy_is_sent_as_a_png_and_a_jpegs_as_a_jpeg()
    {
        var png = await AddAsync("截图.png", TestImages.Png(30, 20));

        using var pngCopy = await OfficerViewsAsync(png);
        using var jpegCopy = await OfficerViewsAsync(portal.AttachmentId);

        Assert.Equal(HttpStatusCode.OK, pngCopy.StatusCode);
        Assert.Equal("image/png", pngCopy.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\u0089PNG", Encoding.Latin1.GetString(await pngCopy.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal("image/jpeg", jpegCopy.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_heic_photo_is_shown_to_officers_as_a_stripped_heic_copy_and_its_original_stays_with_supervisors()
    {
        var heic = TestImages.Heic("GPS-HEIC-36.06N", "XMP-HEIC-MARK");
        var id = await AddAsync("IMG_0042.HEIC", heic);

        using var copy = await OfficerViewsAsync(id);
        using var officerOriginal = await portal.ClientFor(PortalRoles.Officer).GetAsync(TipAttachmentEndpoints.OriginalUrl(portal.TipId, id));
        using var original = await portal.ClientFor(PortalRoles.Supervisor).GetAsync(TipAttachmentEndpoints.OriginalUrl(portal.TipId, id));

        Assert.Equal(HttpStatusCode.OK, copy.StatusCode);
        Assert.Equal("image/heic", copy.Content.Headers.ContentType?.MediaType);
        var copyText = Encoding.Latin1.GetString(await copy.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("GPS-HEIC-36.06N", copyText, StringComparison.Ordinal);
        Assert.DoesNotContain("XMP-HEIC-MARK", copyText, StringComparison.Ordinal);
        Assert.Contains(TestImages.HevcPixels, copyText, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, officerOriginal.StatusCode);
        Assert.Equal(heic, await original.Content.ReadAsByteArrayAsync());
        var audit = await portal.Services.GetRequiredService<TipAuditLog>().OfTipAsync(portal.TipId);
        Assert.Contains(audit, e => e.Action == TipAuditActions.Download && e.Detail == $"attachment={id:N}");
    }

    [Fact]
    public async Task A_decompression_bomb_is_kept_as_an_original_for_supervisors_without_being_decoded()
    {
        var bomb = TestImages.PngBomb(100_000, 100_000);
        var id = await AddAsync("全景.png", bomb);

        using var asOfficer = await OfficerViewsAsync(id);
        using var asSupervisor = await portal.ClientFor(PortalRoles.Supervisor).GetAsync(TipAttachmentEndpoints.OriginalUrl(portal.TipId, id));

        Assert.Equal(HttpStatusCode.NotFound, asOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asSupervisor.StatusCode);
        Assert.Equal(bomb, await asSupervisor.Content.ReadAsByteArrayAsync());
    }
}
