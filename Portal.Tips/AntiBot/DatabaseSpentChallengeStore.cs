using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Data;

namespace Portal.Tips.AntiBot;

/// <summary>
/// Spent challenges in the Tips database, shared by all web nodes. The primary key does the deciding: of two
/// nodes inserting the same challenge at once, the database lets exactly one succeed.
/// </summary>
internal sealed class DatabaseSpentChallengeStore(IDbContextFactory<TipsDbContext> contexts, TimeProvider time) : ISpentChallengeStore
{
    /// <summary>Expired rows are deleted on every this many calls: often enough to stay small, rarely enough to cost nothing.</summary>
    private const int PurgeInterval = 100;

    private int calls;

    public async Task<bool> TryMarkSpentAsync(string challenge, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        if (Interlocked.Increment(ref calls) % PurgeInterval == 0)
        {
            await PurgeExpiredAsync(cancellationToken);
        }

        var hash = Hash(challenge);
        DbUpdateException failure;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            context.Add(new SpentChallenge { ChallengeHash = hash, ExpiresAt = expiresAt });
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException exception)
            {
                // Providers report a key violation differently; the row being there is what tells it apart from an outage.
                failure = exception;
            }
        }

        await using var check = await contexts.CreateDbContextAsync(cancellationToken);
        if (await check.Set<SpentChallenge>().AnyAsync(spent => spent.ChallengeHash == hash, cancellationToken))
        {
            return false;
        }

        ExceptionDispatchInfo.Throw(failure);
        return false;
    }

    /// <summary>Deletes the challenges that have expired: they can no longer be replayed, so they need not be remembered.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<SpentChallenge>().Where(spent => spent.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Hash(string challenge) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(challenge)));
}
