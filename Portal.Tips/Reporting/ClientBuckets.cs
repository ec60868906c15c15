using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;

namespace Portal.Tips.Reporting;

/// <summary>
/// Rate limits on public tip routes need to tell clients apart without knowing who they are: a client is an
/// HMAC of its address under a random key that lives only in memory and is replaced every day, so no bucket
/// can be traced back to an address, even by us, and yesterday's buckets cannot be linked to today's.
/// </summary>
public sealed class ClientBuckets(TimeProvider time)
{
    private readonly Lock gate = new();
    private long keyDay = -1;
    private byte[] key = [];

    public string Of(IPAddress? address)
    {
        var day = time.GetUtcNow().ToUnixTimeSeconds() / 86_400;
        byte[] current;
        lock (gate)
        {
            if (day != keyDay)
            {
                key = RandomNumberGenerator.GetBytes(32);
                keyDay = day;
            }

            current = key;
        }

        var bytes = (address ?? IPAddress.None).GetAddressBytes();
        return Convert.ToHexString(HMACSHA256.HashData(current, bytes), 0, 16);
    }
}

/// <summary>Counts failures per bucket in a fixed window, in memory (per web node).</summary>
public sealed class FailureWindow(TimeProvider time, int limit, TimeSpan window)
{
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Start)> failures = new();

    public bool IsBlocked(string bucket) =>
        failures.TryGetValue(bucket, out var entry) && entry.Start + window > time.GetUtcNow() && entry.Count >= limit;

    public void RecordFailure(string bucket)
    {
        var now = time.GetUtcNow();
        failures.AddOrUpdate(bucket, (1, now), (_, entry) => entry.Start + window > now ? (entry.Count + 1, entry.Start) : (1, now));
        if (failures.Count > 100_000)
        {
            foreach (var stale in failures.Where(pair => pair.Value.Start + window <= now).Select(pair => pair.Key).ToList())
            {
                failures.TryRemove(stale, out _);
            }
        }
    }
}
