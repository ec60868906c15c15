using SkiaSharp;

namespace Portal.Content.Media;

/// <summary>An image rendition made in memory, before it goes to the blob store.</summary>
internal sealed record RenderedRendition(string Name, int Width, int Height, string ContentType, byte[] Content);

/// <summary>The upright size of an image and its renditions, or the code of why it could not be read.</summary>
internal sealed record RenderedImage(int Width, int Height, IReadOnlyList<RenderedRendition> Renditions, string? Problem)
{
    public static RenderedImage Failed(string problem) => new(0, 0, [], problem);
}

/// <summary>
/// Makes the copies of an image that pages show: a thumbnail and responsive widths (never wider than the original),
/// turned upright by the EXIF orientation and encoded afresh, so no EXIF, GPS or camera data reaches the public.
/// </summary>
internal static class ImageRenditions
{
    public const string Thumbnail = "thumb";
    public const int ThumbnailWidth = 160;

    /// <summary>Larger images are refused before decoding: a small file can declare a huge bitmap.</summary>
    public const long MaxPixels = 40_000_000;

    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];

    /// <summary>Every rendition name an image can have, smallest first.</summary>
    public static readonly IReadOnlyList<string> Names = [Thumbnail, .. Widths.Select(NameOf)];

    public static string NameOf(int width) => $"w{width}";

    /// <summary>Decodes the image (held in memory while this runs) and renders every rendition that fits it.</summary>
    public static RenderedImage Render(Stream image, RenditionFormat format, int quality)
    {
        using var codec = SKCodec.Create(image, out var created);
        if (codec is null || created != SKCodecResult.Success)
        {
            return RenderedImage.Failed(Common.ContentCodes.MediaUnreadable);
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return RenderedImage.Failed(Common.ContentCodes.MediaImageTooLarge);
        }

        var origin = codec.EncodedOrigin;
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return RenderedImage.Failed(Common.ContentCodes.MediaUnreadable);
        }

        using var turned = origin == SKEncodedOrigin.TopLeft ? null : Orient(decoded, origin);
        var upright = turned ?? decoded;
        var renditions = new List<RenderedRendition>();
        var widths = new List<(string Name, int Width)> { (Thumbnail, Math.Min(ThumbnailWidth, upright.Width)) };
        widths.AddRange(Widths.Where(w => w < upright.Width).Select(w => (NameOf(w), w)));
        foreach (var (name, width) in widths)
        {
            var height = Math.Max(1, (int)Math.Round((double)upright.Height * width / upright.Width));
            var encoded = Encode(upright, width, height, format, Math.Clamp(quality, 1, 100));
            if (encoded is null)
            {
                return RenderedImage.Failed(Common.ContentCodes.MediaUnreadable);
            }

            renditions.Add(new RenderedRendition(name, width, height, format == RenditionFormat.Webp ? "image/webp" : "image/jpeg", encoded));
        }

        return new RenderedImage(upright.Width, upright.Height, renditions, null);
    }

    private static byte[]? Encode(SKBitmap source, int width, int height, RenditionFormat format, int quality)
    {
        // Drawn onto a new surface: white under transparency for JPEG (which has no alpha), and nothing of the source's metadata.
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, format == RenditionFormat.Jpeg ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        if (surface is null)
        {
            return null;
        }

        var canvas = surface.Canvas;
        canvas.Clear(format == RenditionFormat.Jpeg ? SKColors.White : SKColors.Transparent);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        canvas.Flush();
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(format == RenditionFormat.Webp ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg, quality);
        return data?.ToArray();
    }

    /// <summary>A new bitmap drawn so that the EXIF origin becomes top-left.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width, h = source.Height;
        // Each matrix maps a source point (x, y) to where it belongs in the upright image.
        var (matrix, swap) = origin switch
        {
            SKEncodedOrigin.TopRight => (new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1), false),
            SKEncodedOrigin.BottomRight => (new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1), false),
            SKEncodedOrigin.BottomLeft => (new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1), false),
            SKEncodedOrigin.LeftTop => (new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1), true),
            SKEncodedOrigin.RightTop => (new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1), true),
            SKEncodedOrigin.RightBottom => (new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1), true),
            SKEncodedOrigin.LeftBottom => (new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1), true),
            _ => (SKMatrix.Identity, false),
        };
        var info = new SKImageInfo(swap ? source.Height : source.Width, swap ? source.Width : source.Height, source.ColorType, source.AlphaType);
        var upright = new SKBitmap(info);
        using var canvas = new SKCanvas(upright);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0);
        return upright;
    }
}
