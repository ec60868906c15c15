using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Portal.Tests.Tips.Attachments;

/// <summary>HEIC containers and PNGs built byte by byte, so their layout and metadata are known exactly.</summary>
internal static class TestImages
{
    public const string HevcPixels = "HEVC-CODED-PICTURE-DATA-STAND-IN";

    /// <summary>How the EXIF item of <see cref="Heic"/> is located: 0 = in the file (mdat), 2 = inside another item.</summary>
    public enum ExifPlace
    {
        Mdat = 0,
        OtherItem = 2,
    }

    /// <summary>
    /// A HEIC file as a phone writes one: <c>ftyp</c>, a <c>meta</c> box (hdlr, pitm, iinf with an hvc1 picture, an
    /// Exif item and an XMP <c>mime</c> item, iloc, idat holding the XMP) and <c>mdat</c> holding the picture and the
    /// EXIF block with <paramref name="gpsMarker"/>; <paramref name="extraBox"/> is appended as a top-level box.
    /// </summary>
    public static byte[] Heic(string gpsMarker, string xmpMarker, ExifPlace exifPlace = ExifPlace.Mdat, string? extraBox = null)
    {
        var exif = Encoding.ASCII.GetBytes("\0\0\0\0Exif\0\0MM\0*" + gpsMarker);
        var xmp = Encoding.ASCII.GetBytes($"<x:xmpmeta><rdf:Description exif:GPSLatitude=\"{xmpMarker}\"/></x:xmpmeta>");
        var picture = Encoding.ASCII.GetBytes(HevcPixels);
        var ftyp = Box("ftyp", [.. "heic"u8, 0, 0, 0, 0, .. "mif1heic"u8]);

        byte[] Meta(uint mdatPayload) => Box("meta", [0, 0, 0, 0,
            .. Box("hdlr", [0, 0, 0, 0, 0, 0, 0, 0, .. "pict"u8, .. new byte[12], 0]),
            .. Box("pitm", [0, 0, 0, 0, 0, 1]),
            .. Box("iinf", [0, 0, 0, 0, 0, 3,
                .. Infe(1, "hvc1", ""),
                .. Infe(2, "Exif", ""),
                .. Infe(3, "mime", "application/rdf+xml")]),
            .. Box("iloc", [1, 0, 0, 0, 0x44, 0x00, 0, 3,
                .. IlocItem(1, 0, mdatPayload, (uint)picture.Length),
                .. IlocItem(2, (ushort)exifPlace, exifPlace == ExifPlace.Mdat ? mdatPayload + (uint)picture.Length : 0, (uint)exif.Length),
                .. IlocItem(3, 1, 0, (uint)xmp.Length)]),
            .. Box("idat", xmp)]);

        var mdatPayloadStart = (uint)(ftyp.Length + Meta(0).Length + 8);
        byte[] file = [.. ftyp, .. Meta(mdatPayloadStart), .. Box("mdat", [.. picture, .. exif])];
        return extraBox is null ? file : [.. file, .. Box(extraBox, Encoding.ASCII.GetBytes("<x:xmpmeta>" + xmpMarker + "</x:xmpmeta>"))];
    }

    /// <summary>A real, decodable PNG of one colour; it compresses to almost nothing at any size.</summary>
    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SteelBlue);
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }

    /// <summary>
    /// A decompression bomb: a PNG of a few hundred bytes whose header declares <paramref name="width"/> ×
    /// <paramref name="height"/> pixels (gigabytes once decoded), with a valid first row of zeros.
    /// </summary>
    public static byte[] PngBomb(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[1 + (3 * width)]);
        }

        return [0x89, .. "PNG\r\n"u8, 0x1A, (byte)'\n', .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    private static byte[] Box(string type, byte[] payload)
    {
        var box = new byte[8 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type, box.AsSpan(4));
        payload.CopyTo(box, 8);
        return box;
    }

    private static byte[] Infe(ushort id, string type, string contentType)
    {
        byte[] name = [0];
        byte[] mime = contentType.Length == 0 ? [] : [.. Encoding.ASCII.GetBytes(contentType), 0];
        return Box("infe", [2, 0, 0, 0, (byte)(id >> 8), (byte)id, 0, 0, .. Encoding.ASCII.GetBytes(type), .. name, .. mime]);
    }

    /// <summary>An iloc (version 1) entry with one extent; offsets and lengths 4 bytes, no base offset.</summary>
    private static byte[] IlocItem(ushort id, ushort construction, uint offset, uint length)
    {
        var entry = new byte[16];
        BinaryPrimitives.WriteUInt16BigEndian(entry, id);
        BinaryPrimitives.WriteUInt16BigEndian(entry.AsSpan(2), construction);
        BinaryPrimitives.WriteUInt16BigEndian(entry.AsSpan(6), 1);
        BinaryPrimitives.WriteUInt32BigEndian(entry.AsSpan(8), offset);
        BinaryPrimitives.WriteUInt32BigEndian(entry.AsSpan(12), length);
        return entry;
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typed = (byte[])[.. Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typed));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
