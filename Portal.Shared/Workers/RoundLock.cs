namespace Portal.Shared.Workers;

/// <summary>
/// Lets one web node of several do a job's round (or the part of it with side effects) while the others skip it.
/// The jobs also claim each item with a conditional update, so two rounds at once would still act once per item;
/// the lock spares the other nodes the work and the races.
/// </summary>
public interface IRoundLock
{
    /// <summary>The lock on <paramref name="job"/>'s round, to dispose when the round ends; null while another node holds it.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken = default);
}

/// <summary>One node (SQLite): every round is this node's.</summary>
public sealed class SingleNodeRoundLock : IRoundLock
{
    private static readonly Task<IAsyncDisposable?> Held = Task.FromResult<IAsyncDisposable?>(new Nothing());

    public Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken = default) => Held;

    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

public static class RoundLocks
{
    /// <summary>Runs <paramref name="work"/> if this node gets <paramref name="job"/>'s lock; false when another node had it.</summary>
    public static async Task<bool> RunOnceAcrossNodesAsync(this IRoundLock locks, string job, Func<CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(locks);
        ArgumentNullException.ThrowIfNull(work);
        var held = await locks.TryAcquireAsync(job, cancellationToken);
        if (held is null)
        {
            return false;
        }

        await using (held)
        {
            await work(cancellationToken);
        }

        return true;
    }
}
