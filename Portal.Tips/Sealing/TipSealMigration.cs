using Microsoft.EntityFrameworkCore;
using Portal.Tips.Data;
using Portal.Tips.Protection;
using Portal.Tips.Reporting;

namespace Portal.Tips.Sealing;

/// <summary>What a sealing run did, in counts only.</summary>
/// <param name="Checked">Tips still under the key-encryption key, looked at.</param>
/// <param name="Sealed">Now sealed to their units.</param>
/// <param name="ServerCopyDropped">Whose copy under the key-encryption key is gone: the server can no longer open them.</param>
/// <param name="NoProvincialKey">Left as they were: the provincial office has no key yet, so nothing was sealed.</param>
/// <param name="Unreadable">Whose key the key-encryption key could not unwrap.</param>
public sealed record TipSealMigrationResult(int Checked, int Sealed, int ServerCopyDropped, int NoProvincialKey, int Unreadable);

/// <summary>
/// Seals the tips taken before the province had unit keys: each data key, unwrapped with the key-encryption key one
/// last time, is sealed to the units that read the tip where it is worked now. Sealing needs only the units' public
/// keys, so no member has to be present. The server's copy is dropped at once for tips whose reporter already has
/// their own share, and for every tip with <c>dropServerCopies</c>; until then a reporter who comes back with their
/// receipt gets their share (<see cref="TipFollowUp"/>) and the copy goes. A second run changes nothing more.
/// </summary>
public sealed class TipSealMigration(TipsContexts contexts, IKeyEncryptionKeyProvider keys)
{
    public const int DefaultBatchSize = 200;

    public async Task<TipSealMigrationResult> SealAllAsync(bool dropServerCopies, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        int checkedCount = 0, sealedCount = 0, dropped = 0, noProvince = 0, unreadable = 0;
        Guid? after = null;
        while (true)
        {
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);
            var none = Array.Empty<byte>();
            var query = context.Set<Tip>().Where(t => t.DataKeyShares == null || t.WrappedDataKey != none);
            if (after is { } last)
            {
                query = query.Where(t => t.Id > last);
            }

            var batch = await query.OrderBy(t => t.Id).Take(batchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var tip in batch)
            {
                checkedCount++;
                if (tip.DataKeyShares is null)
                {
                    var readers = await UnitKeyStore.RecipientsAsync(context, UnitShares.ReadersOf(tip.JurisdictionKey), cancellationToken);
                    if (!readers.Any(r => r.Unit == Police.Jurisdictions.Province))
                    {
                        noProvince++;
                        continue;
                    }

                    byte[] dataKey;
                    try
                    {
                        dataKey = keys.Unwrap(WrappedKey.FromBytes(tip.WrappedDataKey));
                    }
                    catch (System.Security.Cryptography.CryptographicException)
                    {
                        unreadable++;
                        continue;
                    }

                    tip.DataKeyShares = UnitShares.ToBytes(TipSeal.Seal(dataKey, tip.Id, readers));
                    Array.Clear(dataKey);
                    sealedCount++;
                }

                if (tip.WrappedDataKey.Length > 0 && (dropServerCopies || tip.ReporterDataKey is not null))
                {
                    tip.WrappedDataKey = [];
                    dropped++;
                }
            }

            await context.SaveChangesAsync(cancellationToken);
            after = batch[^1].Id;
        }

        return new TipSealMigrationResult(checkedCount, sealedCount, dropped, noProvince, unreadable);
    }
}
