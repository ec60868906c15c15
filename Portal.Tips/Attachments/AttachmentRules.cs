using System.Text;

namespace Portal.Tips.Attachments;

/// <summary>
/// What a tip may carry. The type is decided from the first bytes of the content, never from the name or the
/// type the browser declared, so an executable renamed <c>photo.jpg</c> is refused rather than handed to an
/// officer who opens it. Plain text is refused too: it belongs in the report, where it is searchable.
/// </summary>
public static class AttachmentRules
{
    public const int MaxAttachmentsPerTip = 10;
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>How many leading bytes <see cref="Sniff"/> needs.</summary>
    public const int SniffLength = 64;

    public const string TooManyFiles = "too-many-files";
    public const string FileTooLarge = "file-too-large";
    public const string FileTypeNotAllowed = "file-type-not-allowed";
    public const string EmptyFile = "empty-file";
    public const string UnknownTip = "unknown-tip";

    private static readonly string[] HeifBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"];
    private static readonly string[] Mp4Brands = ["isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4A ", "mp71", "dash", "MSNV"];

    /// <summary>The kind and type of an accepted file, or null when its content is not an accepted type.</summary>
    public static SniffedType? Sniff(ReadOnlySpan<byte> head, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new(AttachmentKinds.Image, "image/jpeg");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new(AttachmentKinds.Image, "image/png");
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return new(AttachmentKinds.Image, "image/gif");
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return new(AttachmentKinds.Image, "image/webp");
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(head[8..12]);
            if (HeifBrands.Contains(brand))
            {
                return new(AttachmentKinds.Image, "image/heic");
            }

            if (brand == "qt  ")
            {
                return new(AttachmentKinds.Video, "video/quicktime");
            }

            if (brand.StartsWith("3gp", StringComparison.Ordinal) || brand.StartsWith("3g2", StringComparison.Ordinal))
            {
                return new(AttachmentKinds.Video, "video/3gpp");
            }

            if (Mp4Brands.Contains(brand))
            {
                return new(AttachmentKinds.Video, "video/mp4");
            }

            return null;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return new(AttachmentKinds.Document, "application/pdf");
        }

        // A zip could be anything; only the two Office formats are wanted, and officers open them in Office.
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            if (fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            {
                return new(AttachmentKinds.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }

            if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                return new(AttachmentKinds.Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
        }

        return null;
    }
}

/// <summary>An accepted type as found from the content.</summary>
public sealed record SniffedType(string Kind, string ContentType);
