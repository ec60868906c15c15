using System.Text;
using Microsoft.Extensions.Options;
using Portal.Tests.Infrastructure;
using Portal.Tips.Attachments;

namespace Portal.Tests.Tips.Attachments;

/// <summary>The stripped copy of a HEIC photo: its EXIF and XMP items blanked in place, or no copy when that is not certain.</summary>
[UnitTest]
public sealed class HeifMetadataStripperTests
{
    private static string Ascii(byte[] bytes) => Encoding.ASCII.GetString(bytes);

    [Fact]
    public void The_exif_in_mdat_and_the_xmp_in_idat_are_zeroed_and_nothing_else_changes()
    {
        var heic = TestImages.Heic("GPS-36.06N-103.83E", "XMP-GPS-MARK");

        var copy = HeifMetadataStripper.StrippedCopy(heic);

        Assert.NotNull(copy);
        Assert.Equal(heic.Length, copy.Length);
        Assert.DoesNotContain("GPS-36.06N-103.83E", Ascii(copy), StringComparison.Ordinal);
        Assert.DoesNotContain("XMP-GPS-MARK", Ascii(copy), StringComparison.Ordinal);
        Assert.DoesNotContain("Exif\0\0MM", Ascii(copy), StringComparison.Ordinal);
        Assert.Contains(TestImages.HevcPixels, Ascii(copy), StringComparison.Ordinal);
        // Only bytes of the two items changed, and only to zero: every box and offset is as it was.
        var changed = Enumerable.Range(0, heic.Length).Where(i => heic[i] != copy[i]).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, i => Assert.Equal(0, copy[i]));
        var exifStart = Ascii(heic).IndexOf("\0\0\0\0Exif", StringComparison.Ordinal);
        var xmpStart = Ascii(heic).IndexOf("<x:xmpmeta>", StringComparison.Ordinal);
        Assert.All(changed, i => Assert.True(i >= exifStart || (i >= xmpStart && i < exifStart - TestImages.HevcPixels.Length - 8), $"byte {i} is outside the metadata items"));
        Assert.Equal(copy, HeifMetadataStripper.StrippedCopy(copy));
    }

    [Theory]
    [InlineData("moov")]
    [InlineData("uuid")]
    public void A_file_with_a_top_level_box_that_may_hold_metadata_gets_no_copy(string box)
    {
        Assert.Null(HeifMetadataStripper.StrippedCopy(TestImages.Heic("GPS-MARK", "XMP-MARK", extraBox: box)));
    }

    [Fact]
    public void Exif_stored_inside_another_item_gets_no_copy()
    {
        Assert.Null(HeifMetadataStripper.StrippedCopy(TestImages.Heic("GPS-MARK", "XMP-MARK", TestImages.ExifPlace.OtherItem)));
    }

    [Fact]
    public void Damaged_and_truncated_files_get_no_copy_and_never_throw()
    {
        byte[] onlyFtyp = [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. "GPS-HEIC-ORIGINAL"u8];
        Assert.Null(HeifMetadataStripper.StrippedCopy(onlyFtyp));

        var heic = TestImages.Heic("GPS-MARK", "XMP-MARK");
        for (var length = 0; length < heic.Length; length++)
        {
            var copy = HeifMetadataStripper.StrippedCopy(heic.AsSpan(0, length));
            Assert.True(copy is null || !Ascii(copy).Contains("GPS-MARK", StringComparison.Ordinal), $"cut at {length}");
        }
    }

    [Fact]
    public async Task A_heic_photo_gets_its_stripped_copy_as_image_heic()
    {
        using var copies = new ViewingCopies(Options.Create(new TipImageOptions()));
        using var heic = new MemoryStream(TestImages.Heic("GPS-MARK", "XMP-MARK"));

        var result = await copies.CreateAsync(heic, "image/heic", CancellationToken.None);

        Assert.Equal("image/heic", result.ContentType);
        Assert.DoesNotContain("GPS-MARK", Ascii(result.Content!), StringComparison.Ordinal);
    }
}
