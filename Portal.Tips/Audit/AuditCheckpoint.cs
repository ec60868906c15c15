using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Tips.Protection;

namespace Portal.Tips.Audit;

/// <summary>
/// The head of the audit chain at one moment: the last entry's sequence and link, how many entries the chain held,
/// when, and a signature (HMAC-SHA-256 under a key derived from the tip hash key for this purpose alone). Kept
/// outside the database, it shows whether entries were later removed from the end or the chain was rebuilt.
/// </summary>
public sealed record AuditCheckpoint(long Sequence, byte[] Link, long Count, DateTimeOffset At, byte[] Signature)
{
    /// <summary>The keyed-hash purpose of the signatures, apart from the links'.</summary>
    internal const string Purpose = "tip-audit-checkpoint";

    private const int Format = 1;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public string LinkHex => Convert.ToHexStringLower(Link);

    public string SignatureHex => Convert.ToHexStringLower(Signature);

    internal static AuditCheckpoint Sign(IKeyEncryptionKeyProvider keys, long sequence, byte[] link, long count, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return new AuditCheckpoint(sequence, link, count, at, keys.KeyedHash(Purpose, Payload(sequence, link, count, at)));
    }

    /// <summary>Whether the signature is the portal's own for exactly these fields.</summary>
    internal bool IsSignedBy(IKeyEncryptionKeyProvider keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return CryptographicOperations.FixedTimeEquals(Signature, keys.KeyedHash(Purpose, Payload(Sequence, Link, Count, At)));
    }

    public string ToJson() => JsonSerializer.Serialize(
        new Document(Format, Sequence, LinkHex, Count, At.ToUniversalTime(), SignatureHex), Json);

    /// <summary>The checkpoint in <paramref name="json"/>, or null when it is not one (of this format) at all.</summary>
    public static AuditCheckpoint? Parse(string json)
    {
        try
        {
            var document = JsonSerializer.Deserialize<Document>(json, Json);
            if (document is not { Format: Format, Link.Length: 64, Signature.Length: 64 } || document.Sequence < 1 || document.Count < 1)
            {
                return null;
            }

            return new AuditCheckpoint(document.Sequence, Convert.FromHexString(document.Link), document.Count, document.At, Convert.FromHexString(document.Signature));
        }
        catch (Exception exception) when (exception is JsonException or FormatException or NotSupportedException)
        {
            return null;
        }
    }

    private static byte[] Payload(long sequence, byte[] link, long count, DateTimeOffset at) => Encoding.UTF8.GetBytes(string.Create(
        CultureInfo.InvariantCulture,
        $"tip-audit-checkpoint/{Format}|{sequence}|{Convert.ToHexStringLower(link)}|{count}|{at.UtcTicks}"));

    private sealed record Document(
        [property: JsonRequired] int Format,
        [property: JsonRequired] long Sequence,
        [property: JsonRequired] string Link,
        [property: JsonRequired] long Count,
        [property: JsonRequired] DateTimeOffset At,
        [property: JsonRequired] string Signature);
}
