using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tips.Protection;

/// <summary>What a rewrap run did, in counts only: no tip id, no key material.</summary>
/// <param name="Checked">Tips looked at.</param>
/// <param name="Rewrapped">Data keys now rewrapped under the current version.</param>
/// <param name="AlreadyCurrent">Data keys that were already under the current version (or rewrapped by a parallel run).</param>
/// <param name="Unreadable">Data keys that could not be unwrapped: their version is not in the key ring, or they were altered.</param>
/// <param name="FoundByVersion">How many data keys each KEK version wrapped before this run.</param>
public sealed record TipKeyRewrapResult(int Checked, int Rewrapped, int AlreadyCurrent, int Unreadable, IReadOnlyDictionary<int, int> FoundByVersion);

/// <summary>
/// After a KEK rotation, rewraps every tip's data key under the current KEK version, in batches of tips ordered
/// by id. Each tip is the only owner of a wrapped key (its messages, attachments and reward claim are encrypted
/// under the same data key), and only the small wrapped key changes: narratives and attachments stay exactly as
/// stored. Idempotent (keys already under the current version are left alone) and so resumable: an interrupted
/// run is finished by running it again.
/// </summary>
public sealed class TipKeyRewrapper(TipsContexts contexts, IKeyEncryptionKeyProvider keys)
{
    public const int DefaultBatchSize = 500;

    public async Task<TipKeyRewrapResult> RewrapAllAsync(
        int batchSize = DefaultBatchSize,
        IProgress<TipKeyRewrapResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var found = new SortedDictionary<int, int>();
        int checkedCount = 0, rewrapped = 0, alreadyCurrent = 0, unreadable = 0;
        Guid? after = null;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // Sealed tips have no key under the KEK to rewrap; their keys are sealed to unit keys.
            var tips = db.Set<Tip>().AsNoTracking().Where(tip => tip.DataKeyShares == null);
            if (after is { } last)
            {
                tips = tips.Where(tip => tip.Id > last);
            }

            var batch = await tips.OrderBy(tip => tip.Id).Take(batchSize).Select(tip => new { tip.Id, tip.WrappedDataKey }).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var tip in batch)
            {
                checkedCount++;
                WrappedKey stored;
                try
                {
                    stored = WrappedKey.FromBytes(tip.WrappedDataKey);
                }
                catch (CryptographicException)
                {
                    unreadable++;
                    continue;
                }

                found[stored.KekVersion] = found.GetValueOrDefault(stored.KekVersion) + 1;
                if (stored.KekVersion == keys.CurrentVersion)
                {
                    alreadyCurrent++;
                    continue;
                }

                byte[] replacement;
                try
                {
                    replacement = KeyRotation.Rewrap(keys, stored).ToBytes();
                }
                catch (CryptographicException)
                {
                    unreadable++;
                    continue;
                }

                // Only if nobody changed it meanwhile (a parallel run): never overwrite a key this run did not read.
                var original = tip.WrappedDataKey;
                var changed = await db.Set<Tip>()
                    .Where(row => row.Id == tip.Id && row.WrappedDataKey == original)
                    .ExecuteUpdateAsync(update => update.SetProperty(row => row.WrappedDataKey, replacement), cancellationToken);
                if (changed == 1)
                {
                    rewrapped++;
                }
                else
                {
                    alreadyCurrent++;
                }
            }

            await transaction.CommitAsync(cancellationToken);
            after = batch[^1].Id;
            progress?.Report(new TipKeyRewrapResult(checkedCount, rewrapped, alreadyCurrent, unreadable, new SortedDictionary<int, int>(found)));
        }

        return new TipKeyRewrapResult(checkedCount, rewrapped, alreadyCurrent, unreadable, found);
    }
}
