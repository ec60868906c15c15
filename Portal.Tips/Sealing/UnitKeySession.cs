using NSec.Cryptography;

namespace Portal.Tips.Sealing;

/// <summary>
/// The unit keys a signed-in member opened at sign-in, held in memory for that session only and disposed (libsodium
/// wipes them) at sign-out, expiry or role removal. Never serialised: there is no way to write it to a disk, a cache,
/// a cookie or a log.
/// </summary>
public sealed class UnitKeySession : IDisposable
{
    private readonly Dictionary<(string Unit, int Generation), Key> keys = [];
    private readonly Dictionary<Guid, Key> requestKeys = [];
    private bool disposed;

    /// <summary>Opens every generation of every unit the member has a share of; shares their key does not open are skipped.</summary>
    public static UnitKeySession Open(string memberId, Key memberKey, IEnumerable<UnitKey> unitKeys)
    {
        ArgumentNullException.ThrowIfNull(unitKeys);
        var session = new UnitKeySession();
        foreach (var unitKey in unitKeys)
        {
            if (unitKey.Open(memberId, memberKey) is { } opened)
            {
                session.Add(unitKey.Unit, unitKey.Generation, opened);
            }
        }

        return session;
    }

    public IReadOnlyCollection<(string Unit, int Generation)> Units => disposed ? [] : keys.Keys;

    public void Add(string unit, int generation, Key key)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (keys.Remove((unit, generation), out var previous))
        {
            previous.Dispose();
        }

        keys[(unit, generation)] = key;
    }

    public Key? Find(string unit, int generation) => !disposed && keys.TryGetValue((unit, generation), out var key) ? key : null;

    /// <summary>The private key of an identity disclosure this member asked for: it lives in this session only.</summary>
    public void AddRequestKey(Guid requestId, Key key)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        lock (requestKeys)
        {
            requestKeys[requestId] = key;
        }
    }

    public Key? RequestKey(Guid requestId)
    {
        lock (requestKeys)
        {
            return !disposed && requestKeys.TryGetValue(requestId, out var key) ? key : null;
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var key in keys.Values.Concat(requestKeys.Values))
        {
            key.Dispose();
        }

        keys.Clear();
        requestKeys.Clear();
    }

    public override string ToString() => $"{nameof(UnitKeySession)} ({keys.Count} unit keys)";
}
