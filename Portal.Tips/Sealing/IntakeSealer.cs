namespace Portal.Tips.Sealing;

/// <summary>
/// Seals new tips with an ephemeral key that lives for at most <see cref="Lifetime"/> in this node's memory, so that the
/// expensive agreement with each unit's key is made once per second rather than once per tip (a tip then costs a key
/// derivation and an encryption per unit). Each box's wrapping key is still its own: its context names the tip. The
/// trade: someone who reads this process's memory can open the tips sealed within that second, which they could read
/// anyway as they arrive; nothing at rest changes. The key is wiped when its second is over.
/// </summary>
public sealed class IntakeSealer(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private SealedBox.Ephemeral? current;
    private DateTimeOffset until;

    public IReadOnlyList<byte[]> SealMany(IReadOnlyList<(byte[] PublicKey, byte[] Context, byte[] Secret)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Select(i => Convert.ToHexString(i.PublicKey) + "/" + Convert.ToHexString(i.Context)).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            throw new ArgumentException("Each recipient and context may appear once.", nameof(items));
        }

        lock (gate)
        {
            var now = time.GetUtcNow();
            if (current is null || now >= until)
            {
                current?.Dispose();
                current = new SealedBox.Ephemeral();
                until = now + Lifetime;
            }

            return current.SealMany(items);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            current?.Dispose();
            current = null;
        }
    }
}
