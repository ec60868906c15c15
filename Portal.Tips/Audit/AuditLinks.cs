using System.Buffers.Binary;
using System.Text;
using Portal.Tips.Protection;

namespace Portal.Tips.Audit;

/// <summary>
/// The keyed links of the audit chain. A link is an HMAC-SHA-256, under a key derived from the tip hash key for
/// this purpose alone, of the previous entry's link and every field of the entry, its sequence included. The key
/// lives only in the key ring (configuration, key directory or vault), never in the database, so someone who can
/// rewrite the table cannot make a link that verifies.
/// </summary>
internal static class AuditLinks
{
    /// <summary>The keyed-hash purpose of the links; the checkpoints' signatures use their own.</summary>
    public const string Purpose = "tip-audit-link";

    public static byte[] Of(IKeyEncryptionKeyProvider keys, TipAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(entry);
        using var message = new MemoryStream();
        Append(message, entry.PreviousHash);
        AppendNumber(message, entry.Sequence);
        AppendNumber(message, entry.At.UtcTicks);
        AppendText(message, entry.ActorId);
        AppendText(message, entry.Action);
        Append(message, entry.TipId?.ToByteArray(bigEndian: true));
        AppendText(message, entry.Detail);
        return keys.KeyedHash(Purpose, message.GetBuffer().AsSpan(0, (int)message.Length));
    }

    private static void AppendNumber(MemoryStream message, long number)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, number);
        message.Write(bytes);
    }

    // A null detail and an empty one are different entries, so they get different links.
    private static void AppendText(MemoryStream message, string? text) =>
        Append(message, text is null ? null : Encoding.UTF8.GetBytes(text));

    /// <summary>Length-prefixed (-1 for none), so ("ab", "c") and ("a", "bc") make different links.</summary>
    private static void Append(MemoryStream message, byte[]? bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes?.Length ?? -1);
        message.Write(length);
        message.Write(bytes);
    }
}
