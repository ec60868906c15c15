using System.Text.Json;
using Portal.Tips.Protection;
using Portal.Tips.Sealing;

namespace Portal.Tips.Reporting;

/// <summary>
/// Opens and seals one tip's fields with its own data key (envelope encryption, tip-protection.md). A sealed tip's
/// key opens only with a unit key of the flow's <see cref="SealedTipAccess"/> or its reporter's receipt; an older
/// tip's key is still wrapped by the server's key-encryption key until the migration seals it.
/// </summary>
public sealed class TipKeyring(IKeyEncryptionKeyProvider keys, UnitRecipients recipients, IntakeSealer sealer)
{
    public (byte[] DataKey, byte[] WrappedDataKey) NewDataKey()
    {
        var dataKey = TipDataKey.Generate();
        return (dataKey, keys.Wrap(dataKey).ToBytes());
    }

    /// <summary>The units that read a new tip of this place and have keys (county, prefecture, province).</summary>
    internal Task<IReadOnlyList<UnitRecipient>> ReadersAsync(Data.TipsDbContext context, string? prefectureKey, string? countyKey, CancellationToken cancellationToken) =>
        recipients.OfAsync(context, UnitShares.ReadersOf(prefectureKey, countyKey), cancellationToken);

    /// <summary>
    /// How a new tip keeps its data key: sealed to the readers that have unit keys and to the reporter's receipt, the
    /// server keeping no copy, once the provincial office has a key. Before that (a province still setting up its
    /// units) the key is wrapped by the key-encryption key, so that no tip is ever refused; the migration seals those.
    /// </summary>
    /// <returns>The key the reporter's contact is sealed under when their identity is sealed apart; else null.</returns>
    internal byte[]? Keep(Tip tip, byte[] dataKey, IReadOnlyList<UnitRecipient> readers, Receipt receipt, bool named)
    {
        ArgumentNullException.ThrowIfNull(tip);
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(receipt);
        if (!readers.Any(r => r.Unit == Police.Jurisdictions.Province))
        {
            tip.WrappedDataKey = keys.Wrap(dataKey).ToBytes();
            return null;
        }

        var (shares, contactKey, contactParts) = ContactSeal.SealNewTip(tip.Id, dataKey, readers, named, sealer.SealMany);
        tip.WrappedDataKey = [];
        tip.DataKeyShares = UnitShares.ToBytes(shares);
        tip.ContactKeyParts = contactParts;
        var reporterKey = TipFollowUp.ReporterKeyOf(tip.Id, receipt.Number, receipt.Passphrase);
        tip.ReporterDataKey = ReporterKey.Seal(reporterKey, dataKey, tip.Id);
        Array.Clear(reporterKey);
        return contactKey;
    }

    /// <summary>
    /// A sealed tip's key, sealed also to those of <paramref name="units"/> that have keys and no share yet; opened with
    /// this flow's keys. Nothing happens to a tip still under the key-encryption key.
    /// </summary>
    /// <exception cref="TipLockedException">The tip is sealed and nothing in this flow opens it.</exception>
    internal async Task SealToAsync(Data.TipsDbContext context, Tip tip, IReadOnlyCollection<string> units, CancellationToken cancellationToken)
    {
        if (tip.DataKeyShares is null)
        {
            return;
        }

        var shares = UnitShares.FromBytes(tip.DataKeyShares);
        var added = (await UnitKeyStore.RecipientsAsync(context, units, cancellationToken))
            .Where(r => !shares.Any(s => s.Unit == r.Unit && s.Generation == r.Generation)).ToList();
        if (added.Count == 0)
        {
            return;
        }

        var dataKey = Open(tip);
        try
        {
            tip.DataKeyShares = UnitShares.ToBytes([.. shares, .. TipSeal.Seal(dataKey, tip.Id, added)]);
        }
        finally
        {
            Array.Clear(dataKey);
        }
    }

    /// <exception cref="TipLockedException">The tip is sealed and nothing in this flow opens it.</exception>
    internal byte[] Open(Tip tip)
    {
        ArgumentNullException.ThrowIfNull(tip);
        if (tip.WrappedDataKey.Length > 0)
        {
            return Open(tip.WrappedDataKey);
        }

        var access = SealedTipAccess.Current;
        if (access?.ReporterKeyOf(tip.Id) is { } reporterKey && tip.ReporterDataKey is { } reporterShare
            && ReporterKey.Open(reporterKey, reporterShare, tip.Id) is { } fromReceipt)
        {
            return fromReceipt;
        }

        if (access?.Member is { } session && TipSeal.Open(tip.Id, UnitShares.FromBytes(tip.DataKeyShares), session) is { } fromUnit)
        {
            return fromUnit;
        }

        throw new TipLockedException();
    }

    /// <summary>Whether this flow can open the tip (a sealed tip with no key of the flow reads as locked).</summary>
    internal bool CanOpen(Tip tip)
    {
        try
        {
            Array.Clear(Open(tip));
            return true;
        }
        catch (TipLockedException)
        {
            return false;
        }
    }

    public byte[] Open(byte[] wrappedDataKey) => keys.Unwrap(WrappedKey.FromBytes(wrappedDataKey));

    /// <summary>What the reporter told us, decrypted: for the police's view of a tip.</summary>
    internal TipReport ReadReport(Tip tip)
    {
        ArgumentNullException.ThrowIfNull(tip);
        return Unseal<TipReport>(Open(tip), tip.Id, TipFields.Report, tip.EncryptedReport);
    }

    public static byte[] Seal<T>(byte[] dataKey, Guid tipId, string field, T value) =>
        FieldCipher.EncryptPadded(dataKey, tipId, field, JsonSerializer.Serialize(value));

    public static T Unseal<T>(byte[] dataKey, Guid tipId, string field, byte[] stored) =>
        JsonSerializer.Deserialize<T>(FieldCipher.Decrypt(dataKey, tipId, field, stored))
        ?? throw new InvalidDataException($"Field {field} of tip {tipId} is empty.");
}
