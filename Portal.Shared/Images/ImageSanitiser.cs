using SkiaSharp;

namespace Portal.Shared.Images;

/// <summary>Why an image could not be decoded.</summary>
public enum ImageProblem
{
    None,

    /// <summary>Not an image, damaged, or a format Skia cannot decode (such as HEIC).</summary>
    Unreadable,

    /// <summary>The image declares more pixels than the budget (<see cref="ImageSanitiser.MaxPixels"/> unless the caller sets one).</summary>
    TooLarge,
}

/// <summary>
/// A decoded image turned upright by its EXIF orientation, holding nothing of the file's metadata (EXIF, GPS, camera
/// serial numbers): whatever is encoded from <see cref="Bitmap"/> is clean. Owns the bitmap.
/// </summary>
public sealed class UprightImage : IDisposable
{
    internal UprightImage(SKBitmap? bitmap, SKEncodedImageFormat encodedFormat, ImageProblem problem)
    {
        Bitmap = bitmap;
        EncodedFormat = encodedFormat;
        Problem = problem;
    }

    /// <summary>The upright pixels, or null when <see cref="Problem"/> says why there are none.</summary>
    public SKBitmap? Bitmap { get; }

    /// <summary>The format the file was in (JPEG, PNG, GIF…).</summary>
    public SKEncodedImageFormat EncodedFormat { get; }

    public ImageProblem Problem { get; }

    public void Dispose() => Bitmap?.Dispose();
}

/// <summary>
/// Decodes an uploaded image (the first frame of a GIF) and turns it upright, so that what is encoded afresh from it
/// leaves every piece of metadata behind. Used for the media library's renditions and for the viewing copies of
/// tip photos.
/// </summary>
public static class ImageSanitiser
{
    /// <summary>Larger images are refused before decoding: a small file can declare a huge bitmap.</summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>
    /// Decodes <paramref name="image"/>; the decoded bitmap is held in memory until the result is disposed. An image
    /// whose header declares more than <paramref name="maxPixels"/> pixels is not decoded (only its header is read).
    /// </summary>
    public static UprightImage DecodeUpright(Stream image, long maxPixels = MaxPixels)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var codec = SKCodec.Create(image, out var created);
        if (codec is null || created != SKCodecResult.Success)
        {
            return new UprightImage(null, default, ImageProblem.Unreadable);
        }

        if ((long)codec.Info.Width * codec.Info.Height > maxPixels)
        {
            return new UprightImage(null, codec.EncodedFormat, ImageProblem.TooLarge);
        }

        var format = codec.EncodedFormat;
        var origin = codec.EncodedOrigin;
        var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return new UprightImage(null, format, ImageProblem.Unreadable);
        }

        // Most photos need no turn: keep the decoded bitmap itself rather than a drawn copy of it.
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return new UprightImage(decoded, format, ImageProblem.None);
        }

        using (decoded)
        {
            return new UprightImage(Orient(decoded, origin), format, ImageProblem.None);
        }
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
