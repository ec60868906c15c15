using System.Buffers.Binary;

namespace Portal.Tips.Sealing;

/// <summary>
/// Pads a message or file before it is encrypted, so that its ciphertext's size tells only its class. Messages: 1, 4,
/// 16, 64 and 256 KiB, then whole MiB, so a one-line message and a long one look alike. Files: see <see cref="FileChunks"/>.
/// </summary>
/// <remarks>A message's layout: the length (4 bytes, big-endian) · the bytes · zeros to the class size.</remarks>
public static class SizeClasses
{
    private static readonly int[] Small = [1 << 10, 4 << 10, 16 << 10, 64 << 10, 256 << 10];
    private const int Mebibyte = 1 << 20;

    /// <summary>The chunk a file is encrypted in (the attachment cipher's); file classes count these.</summary>
    public const int FileChunkSize = 64 * 1024;

    private const long DoublingUpTo = Mebibyte / FileChunkSize;
    private const long LargestUploadChunks = (Attachments.AttachmentRules.MaxBytes + FileChunkSize - 1) / FileChunkSize;

    /// <summary>The size a padded message of <paramref name="length"/> bytes has.</summary>
    public static int ClassOf(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var needed = (long)length + 4;
        foreach (var size in Small)
        {
            if (needed <= size)
            {
                return size;
            }
        }

        return checked((int)((needed + Mebibyte - 1) / Mebibyte * Mebibyte));
    }

    /// <summary>
    /// How many chunks of <see cref="FileChunkSize"/> a file that fills <paramref name="contentChunks"/> chunks is stored
    /// in: 64, 128, 256, 512 KiB and 1 MiB, then steps of 1.25× (1.25, 1.56, 2, 2.5, 3.1, 3.9, 4.9 MiB…), the last one
    /// the upload limit.
    /// </summary>
    /// <remarks>
    /// Why not powers of two all the way, as for messages: files are up to 50 MiB, and doubling would store a 33 MiB
    /// video as 64 MiB (and hold that much in the outbox when the store is down); 1.25× steps cost at most a quarter
    /// more and still leave a phone photo or a video only one of about two dozen sizes. Nothing is padded past the
    /// upload limit, which no upload passes; a larger file (from no upload) keeps to the same steps.
    /// </remarks>
    public static long FileChunks(long contentChunks)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(contentChunks);
        long size = 1;
        while (size < contentChunks)
        {
            size = size < DoublingUpTo ? size * 2 : (size * 5 + 3) / 4;
        }

        return contentChunks <= LargestUploadChunks ? Math.Min(size, LargestUploadChunks) : size;
    }

    public static byte[] Pad(ReadOnlySpan<byte> content)
    {
        var padded = new byte[ClassOf(content.Length)];
        BinaryPrimitives.WriteInt32BigEndian(padded, content.Length);
        content.CopyTo(padded.AsSpan(4));
        return padded;
    }

    /// <summary>The bytes inside, or null when <paramref name="padded"/> is not a padded message.</summary>
    public static byte[]? Unpad(ReadOnlySpan<byte> padded)
    {
        if (padded.Length < 4)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(padded);
        return length < 0 || length > padded.Length - 4 || padded.Length != ClassOf(length) ? null : padded.Slice(4, length).ToArray();
    }
}
