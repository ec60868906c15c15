using System.Security.Cryptography;
using System.Text;
using Portal.Tips.Protection;

namespace Portal.Tips.Reporting;

/// <summary>
/// Keyed hashes (HMAC with a key from the key provider, never from the database), so a database dump alone
/// cannot be searched for receipt numbers or brute-forced for passphrases.
/// </summary>
public sealed class ReceiptHashes(IKeyEncryptionKeyProvider keys)
{
    public byte[] OfNumber(string normalizedNumber) =>
        keys.KeyedHash("receipt-number", Encoding.UTF8.GetBytes(normalizedNumber));

    /// <summary>Bound to the tip, so equal passphrases on two tips hash differently.</summary>
    public byte[] OfPassphrase(Guid tipId, string normalizedPassphrase) =>
        keys.KeyedHash("receipt-passphrase", Encoding.UTF8.GetBytes($"{tipId:N}/{normalizedPassphrase}"));

    public byte[] OfIdempotencyKey(string key) =>
        keys.KeyedHash("idempotency", Encoding.UTF8.GetBytes(key));

    /// <summary>
    /// The secret a receipt is derived from (<see cref="Receipt.Derive"/>). A different purpose from
    /// <see cref="OfIdempotencyKey"/>, whose result the database stores: that one must never lead to the receipt.
    /// </summary>
    public byte[] ReceiptSeed(string idempotencyKey) =>
        keys.KeyedHash("receipt-seed", Encoding.UTF8.GetBytes(idempotencyKey));

    public static bool Same(byte[] left, byte[] right) => CryptographicOperations.FixedTimeEquals(left, right);
}
