namespace Portal.Tips.Sealing;

/// <summary>
/// Who may open sealed tips in the work now running: the signed-in member's unit keys, and tips whose reporter
/// showed their receipt. The web host begins one per request and per circuit activity; services read it where
/// they open a tip's key, so no method between has to carry keys. It is the flow's own: an async flow that did not
/// begin one sees none and opens nothing.
/// </summary>
public sealed class SealedTipAccess : IDisposable
{
    private static readonly AsyncLocal<SealedTipAccess?> current = new();

    private readonly SealedTipAccess? previous;
    private readonly Func<UnitKeySession?>? member;
    private readonly Dictionary<Guid, byte[]> reporterKeys = [];
    private bool disposed;

    private SealedTipAccess(Func<UnitKeySession?>? member)
    {
        previous = current.Value;
        this.member = member;
        current.Value = this;
    }

    public static SealedTipAccess? Current => current.Value;

    /// <summary>Starts the access of this flow; <paramref name="member"/> finds the member's keys at the moment of use.</summary>
    public static SealedTipAccess Begin(Func<UnitKeySession?>? member = null) => new(member);

    /// <summary>The reporter showed this tip's receipt: their key opens this one tip, for the rest of this flow.</summary>
    public void AllowReporter(Guid tipId, byte[] reporterKey)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        reporterKeys[tipId] = reporterKey;
    }

    internal UnitKeySession? Member => disposed ? null : member?.Invoke();

    /// <summary>The reporter's key to this tip when they showed its receipt in this flow (to carry to their next request).</summary>
    public byte[]? ReporterKeyOf(Guid tipId) => !disposed && reporterKeys.TryGetValue(tipId, out var key) ? key : null;

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var key in reporterKeys.Values)
        {
            Array.Clear(key);
        }

        reporterKeys.Clear();
        if (current.Value == this)
        {
            current.Value = previous;
        }
    }
}
