using System.Security.Cryptography;
using System.Text;
using Portal.Tips.Reporting;
using Portal.Tips.Sealing;

namespace Portal.Tips.Attachments;

/// <summary>
/// The data key of files sent with a report form before the form becomes a tip, wrapped under a key derived from the
/// form's idempotency key. Only the reporter's page holds that key (the server stores its keyed hash), so nothing the
/// server keeps at rest, its key-encryption key included, opens a staged file; a form never sent leaves files nobody
/// can read until the sweeper removes them. Sets staged before this format wrapped their key with the KEK and still open.
/// </summary>
internal static class StagingKey
{
    /// <summary>Tells this wrapping from a KEK-wrapped key, whose format byte is 0x01.</summary>
    private const byte Format = 0x53;

    public static byte[] Wrap(string idempotencyKey, Guid tipId, ReadOnlySpan<byte> dataKey) =>
        [Format, .. ReporterKey.Seal(Derive(idempotencyKey, tipId), dataKey, tipId)];

    /// <summary>
    /// The data key of a staging set, or of the tip its form became (KEK-wrapped, older tips); null when the form's
    /// key does not open it.
    /// </summary>
    public static byte[]? Open(TipKeyring keyring, string idempotencyKey, Guid tipId, byte[] stored) =>
        stored is [Format, ..] ? ReporterKey.Open(Derive(idempotencyKey, tipId), stored[1..], tipId) : keyring.Open(stored);

    private static byte[] Derive(string idempotencyKey, Guid tipId) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(idempotencyKey), 32, tipId.ToByteArray(), "gansu-portal/staging-key/v1"u8.ToArray());
}
