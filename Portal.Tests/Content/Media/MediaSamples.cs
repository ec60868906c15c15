using System.IO.Compression;
using System.Text;
using SkiaSharp;
using Portal.Tests.Tips.Attachments;

namespace Portal.Tests.Content.Media;

/// <summary>Files of every allowed type (and some that only pretend), made in the test so their content is known.</summary>
internal static class MediaSamples
{
    public const string GpsMarker = "GPS-MEDIA-LIBRARY-ORIGINAL";

    /// <summary>A 2000×1000 photo whose EXIF says "turn 90° clockwise" (so it is 1000×2000 upright) with a GPS block.</summary>
    public static byte[] RotatedPhoto() => TestFiles.JpegWithGps(GpsMarker, 2000, 1000);

    public static byte[] Png(int width, int height, SKColor? color = null)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color ?? SKColors.SeaGreen);
        }

        using var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }

    public static byte[] Pdf(int bodyLength = 2000) => TestFiles.Pdf(bodyLength);

    public static byte[] Mp4() => [0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8, .. Random(4000)];

    public static byte[] Mp3() => [.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0, .. Random(3000)];

    public static byte[] WebVtt() => Encoding.UTF8.GetBytes("WEBVTT\n\n00:00.000 --> 00:03.000\n遇到可疑情况，请拨打 110。\n");

    public static byte[] Docx() => Zip(("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"), ("word/document.xml", "<w:document>识别拐卖</w:document>"));

    public static byte[] Pptx() => Zip(("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<p:presentation/>"), ("ppt/slides/slide1.xml", "<p:sld>举报电话</p:sld>"));

    public static byte[] PlainZip() => Zip(("海报/A4.txt", "A4 海报说明"), ("海报/A3.txt", "A3 海报说明"));

    /// <summary>A Windows program: "MZ", then random bytes.</summary>
    public static byte[] Executable() => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, .. Random(5000)];

    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Random(int length)
    {
        var bytes = new byte[length];
        System.Random.Shared.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Not seekable and of unknown length, like a request body.</summary>
    public static Stream AsRequestBody(byte[] content) => RequestBodyStream.Of(content);
}
