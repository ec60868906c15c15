using System.Buffers.Binary;

namespace Portal.Tips.Sealing;

/// <summary>
/// Pads a message or file before it is encrypted, so that its ciphertext's size tells only its class: 1, 4, 16, 64 and
/// 256 KiB, then whole MiB. A one-line message and a long one look alike; a photo looks like any other photo.
/// </summary>
/// <remarks>Layout: the length (4 bytes, big-endian) · the bytes · zeros to the class size.</remarks>
public static class SizeClasses
{
    private static readonly int[] Small = [1 << 10, 4 << 10, 16 << 10, 64 << 10, 256 << 10];
    private const int Mebibyte = 1 << 20;

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
