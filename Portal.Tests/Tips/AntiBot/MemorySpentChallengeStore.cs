using System.Collections.Concurrent;
using Portal.Tips.AntiBot;

namespace Portal.Tests.Tips.AntiBot;

/// <summary>For tests about everything but the database: single use within one process.</summary>
internal sealed class MemorySpentChallengeStore : ISpentChallengeStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> spent = new(StringComparer.Ordinal);

    public Task<bool> TryMarkSpentAsync(string challenge, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Task.FromResult(spent.TryAdd(challenge, expiresAt));
}
