using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Portal.Tests.Tips.Attachments;

/// <summary>Files as a phone or a computer would send them, made in the test so their content is known.</summary>
internal static class TestFiles
{
    /// <summary>
    /// A 40×20 JPEG photo whose EXIF says "rotate 90° clockwise" and carries a GPS block with
    /// <paramref name="gpsMarker"/> in it, spliced in right after the SOI marker as a camera writes it.
    /// </summary>
    public static byte[] JpegWithGps(string gpsMarker) => JpegWithGps(gpsMarker, 40, 20);

    /// <summary>The same photo at another size: its left quarter is orange-red, the rest steel blue.</summary>
    public static byte[] JpegWithGps(string gpsMarker, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.OrangeRed };
            canvas.DrawRect(0, 0, width / 4f, height, paint);
        }

        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = encoded.ToArray();
        var app1 = ExifSegment(Encoding.ASCII.GetBytes(gpsMarker));
        return [.. jpeg.AsSpan(0, 2), .. app1, .. jpeg.AsSpan(2)];
    }

    public static byte[] Pdf(int bodyLength)
    {
        var body = new byte[bodyLength];
        new Random(bodyLength).NextBytes(body);
        return [.. "%PDF-1.7\n"u8, .. body, .. "\n%%EOF\n"u8];
    }

    /// <summary>True when the JPEG has an APP1 segment that starts with "Exif".</summary>
    public static bool HasExifSegment(byte[] jpeg)
    {
        var position = 2;
        while (position + 4 <= jpeg.Length && jpeg[position] == 0xFF)
        {
            var marker = jpeg[position + 1];
            if (marker == 0xDA)
            {
                return false; // Start of scan: no more metadata segments.
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(position + 2));
            if (marker == 0xE1 && jpeg.AsSpan(position + 4).StartsWith("Exif"u8))
            {
                return true;
            }

            position += 2 + length;
        }

        return false;
    }

    private static byte[] ExifSegment(byte[] marker)
    {
        // Big-endian TIFF: IFD0 at 8 with Orientation and the GPS IFD pointer, the GPS IFD at 38 with a
        // GPSProcessingMethod (tag 0x1B, UNDEFINED) whose bytes are the marker, stored at 56.
        var tiff = new byte[56 + marker.Length];
        var span = tiff.AsSpan();
        "MM"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(span[4..], 8);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], 2);
        Entry(span[10..], 0x0112, 3, 1, 6u << 16);
        Entry(span[22..], 0x8825, 4, 1, 38);
        BinaryPrimitives.WriteUInt32BigEndian(span[34..], 0);
        BinaryPrimitives.WriteUInt16BigEndian(span[38..], 1);
        Entry(span[40..], 0x001B, 7, (uint)marker.Length, 56);
        BinaryPrimitives.WriteUInt32BigEndian(span[52..], 0);
        marker.CopyTo(span[56..]);

        byte[] payload = [.. "Exif\0\0"u8, .. tiff];
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return segment;
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(at, tag);
        BinaryPrimitives.WriteUInt16BigEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32BigEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32BigEndian(at[8..], value);
    }
}

/// <summary>A request body: a few known first bytes, then the rest, readable once and not seekable.</summary>
internal sealed class RequestBodyStream(byte[] head, Stream rest) : Stream
{
    private int headPosition;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public static RequestBodyStream Of(byte[] content) => new([], new MemoryStream(content));

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (headPosition < head.Length)
        {
            var count = Math.Min(buffer.Length, head.Length - headPosition);
            head.AsSpan(headPosition, count).CopyTo(buffer);
            headPosition += count;
            return count;
        }

        return rest.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
