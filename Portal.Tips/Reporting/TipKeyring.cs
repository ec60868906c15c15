using System.Text.Json;
using Portal.Tips.Protection;

namespace Portal.Tips.Reporting;

/// <summary>Opens and seals one tip's fields with its own data key (envelope encryption, tip-protection.md).</summary>
public sealed class TipKeyring(IKeyEncryptionKeyProvider keys)
{
    public (byte[] DataKey, byte[] WrappedDataKey) NewDataKey()
    {
        var dataKey = TipDataKey.Generate();
        return (dataKey, keys.Wrap(dataKey).ToBytes());
    }

    internal byte[] Open(Tip tip)
    {
        ArgumentNullException.ThrowIfNull(tip);
        return Open(tip.WrappedDataKey);
    }

    public byte[] Open(byte[] wrappedDataKey) => keys.Unwrap(WrappedKey.FromBytes(wrappedDataKey));

    /// <summary>What the reporter told us, decrypted: for the police's view of a tip.</summary>
    internal TipReport ReadReport(Tip tip)
    {
        ArgumentNullException.ThrowIfNull(tip);
        return Unseal<TipReport>(Open(tip), tip.Id, TipFields.Report, tip.EncryptedReport);
    }

    public static byte[] Seal<T>(byte[] dataKey, Guid tipId, string field, T value) =>
        FieldCipher.Encrypt(dataKey, tipId, field, JsonSerializer.Serialize(value));

    public static T Unseal<T>(byte[] dataKey, Guid tipId, string field, byte[] stored) =>
        JsonSerializer.Deserialize<T>(FieldCipher.Decrypt(dataKey, tipId, field, stored))
        ?? throw new InvalidDataException($"Field {field} of tip {tipId} is empty.");
}
