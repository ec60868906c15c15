using System.Text;

namespace Portal.Content.Media;

/// <summary>
/// Recognises an allowed format from the first bytes of a file (magic bytes), never from its name. A zip is only
/// "a zip" here; <see cref="ZipDirectory"/> looks at its entries to tell docx and pptx apart.
/// </summary>
internal static class MediaSignatures
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int HeadLength = 64;

    private static readonly string[] Mp4Brands = ["isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "MSNV", "mp71"];

    /// <summary><see cref="MediaFormat.Zip"/> for any zip (docx and pptx included), or null when the content is not allowed.</summary>
    public static MediaFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return MediaFormat.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return MediaFormat.Png;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return MediaFormat.Webp;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return MediaFormat.Pdf;
        }

        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && Mp4Brands.Contains(Encoding.ASCII.GetString(head[8..12])))
        {
            return MediaFormat.Mp4;
        }

        if (head.StartsWith("ID3"u8) || IsMpegAudioLayer3Frame(head))
        {
            return MediaFormat.Mp3;
        }

        if (IsWebVtt(head))
        {
            return MediaFormat.WebVtt;
        }

        // An empty zip starts with the end-of-directory record; it has nothing to offer, so only a local file header counts.
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return MediaFormat.Zip;
        }

        return null;
    }

    /// <summary>An MPEG audio frame header: 11 sync bits, then layer III (an mp3 without an ID3 tag starts with one).</summary>
    private static bool IsMpegAudioLayer3Frame(ReadOnlySpan<byte> head) =>
        head.Length >= 3 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0 && ((head[1] >> 1) & 0x03) == 0x01 && (head[2] & 0xF0) != 0xF0;

    /// <summary>"WEBVTT", after an optional UTF-8 byte-order mark, followed by the end, a space, a tab or a line break.</summary>
    private static bool IsWebVtt(ReadOnlySpan<byte> head)
    {
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        return text.StartsWith("WEBVTT"u8) && (text.Length == 6 || text[6] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r');
    }
}
