using System.Collections.Concurrent;
using System.Security.Cryptography;
using Portal.Tips.Sealing;

namespace Portal.Web.Police.Sealing;

/// <summary>
/// The unit keys of signed-in members, in this node's memory only. The password step opens a member's keys and
/// parks them for the second factor; a completed sign-in moves them under a random session id that only the
/// member's cookie names (<see cref="SealingClaims.KeySession"/>). A cookie forged with the key ring cannot name a
/// live id, and even the right id opens nothing for another user. Keys go at sign-out, at expiry, and when the
/// member no longer works tips.
/// </summary>
public sealed class UnitKeySessions(TimeProvider time) : IDisposable
{
    /// <summary>Long enough to read a code off a phone; a second factor later than this unlocks nothing.</summary>
    public static readonly TimeSpan PendingFor = TimeSpan.FromMinutes(10);

    /// <summary>The staff cookie's own lifetime: keys never outlive the sign-in that opened them.</summary>
    public static readonly TimeSpan ActiveFor = TimeSpan.FromHours(8);

    private readonly ConcurrentDictionary<string, Entry> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> active = new(StringComparer.Ordinal);

    public int ActiveCount => active.Count;

    /// <summary>Keeps the keys opened at the password step until the same user completes the second factor.</summary>
    public void Park(string userId, UnitKeySession session)
    {
        var entry = new Entry(userId, session, time.GetUtcNow() + PendingFor);
        pending.AddOrUpdate(userId, entry, (_, old) =>
        {
            old.Session.Dispose();
            return entry;
        });
    }

    /// <summary>A new session id for a sign-in about to complete; nothing is attached to it until <see cref="Activate"/>.</summary>
    public static string NewId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The second factor passed: the parked keys now belong to the session <paramref name="sessionId"/>.</summary>
    public bool Activate(string userId, string sessionId)
    {
        Sweep();
        if (!pending.TryRemove(userId, out var parked))
        {
            return false;
        }

        if (parked.ExpiresAt <= time.GetUtcNow())
        {
            parked.Session.Dispose();
            return false;
        }

        active[sessionId] = parked with { ExpiresAt = time.GetUtcNow() + ActiveFor };
        return true;
    }

    /// <summary>The keys of a live session of this user, or null.</summary>
    public UnitKeySession? Find(string? sessionId, string userId)
    {
        if (sessionId is null || !active.TryGetValue(sessionId, out var entry) || entry.UserId != userId)
        {
            return null;
        }

        if (entry.ExpiresAt <= time.GetUtcNow())
        {
            End(sessionId);
            return null;
        }

        return entry.Session;
    }

    public void End(string? sessionId)
    {
        if (sessionId is not null && active.TryRemove(sessionId, out var entry))
        {
            entry.Session.Dispose();
        }
    }

    /// <summary>Every session of a user on this node: a removed role or a reset password.</summary>
    public void EndAllOf(string userId)
    {
        foreach (var (id, entry) in active)
        {
            if (entry.UserId == userId)
            {
                End(id);
            }
        }

        if (pending.TryRemove(userId, out var parked))
        {
            parked.Session.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var entry in active.Values.Concat(pending.Values))
        {
            entry.Session.Dispose();
        }

        active.Clear();
        pending.Clear();
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (id, entry) in active)
        {
            if (entry.ExpiresAt <= now)
            {
                End(id);
            }
        }

        foreach (var (userId, entry) in pending)
        {
            if (entry.ExpiresAt <= now && pending.TryRemove(userId, out var gone))
            {
                gone.Session.Dispose();
            }
        }
    }

    private sealed record Entry(string UserId, UnitKeySession Session, DateTimeOffset ExpiresAt);
}
