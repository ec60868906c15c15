using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Storage.Redis;

namespace Portal.Tips.Reporting;

public sealed class ClientBucketOptions
{
    public const string SectionName = "ClientBuckets";

    /// <summary>
    /// How many leading bits of an IPv6 address make one client. One home or phone is usually given a whole /64, so a
    /// longer prefix would let one person rotate through endless "clients".
    /// </summary>
    [Range(32, 128, ErrorMessage = "ClientBuckets:Ipv6PrefixLength: must be between 32 and 128.")]
    public int Ipv6PrefixLength { get; set; } = 64;
}

/// <summary>
/// Rate limits on public tip routes need to tell clients apart without knowing who they are: a client is an
/// HMAC of its address under a random key that is replaced every day, so no bucket can be traced back to an address
/// without that day's key, and yesterday's buckets cannot be linked to today's. With one node the key lives only in
/// memory; with several (Redis configured) the first node to need the day's key stores it in Redis for the others
/// (<see cref="SharedDailyKey"/>), or one client would be a different bucket on each node. While Redis cannot be
/// reached a node uses a key of its own and asks again later. An IPv6 client is its network prefix
/// (<see cref="ClientBucketOptions.Ipv6PrefixLength"/>); an IPv4 address, also one written as IPv6 by a dual-stack
/// socket, is itself.
/// </summary>
public sealed class ClientBuckets(TimeProvider time, IOptions<ClientBucketOptions> options, SharedDailyKey? sharedKey = null)
{
    private readonly Lock gate = new();
    private long keyDay = -1;
    private byte[] key = [];
    private bool keyShared;

    public string Of(IPAddress? address)
    {
        var day = time.GetUtcNow().ToUnixTimeSeconds() / 86_400;
        byte[] current;
        lock (gate)
        {
            if (day != keyDay || (!keyShared && sharedKey is { Configured: true }))
            {
                var shared = sharedKey?.Of("client-buckets", day);
                if (shared is not null || day != keyDay)
                {
                    key = shared ?? RandomNumberGenerator.GetBytes(32);
                    keyShared = shared is not null;
                    keyDay = day;
                }
            }

            current = key;
        }

        return Convert.ToHexString(HMACSHA256.HashData(current, ClientOf(address ?? IPAddress.None, options.Value.Ipv6PrefixLength)), 0, 16);
    }

    internal static byte[] ClientOf(IPAddress address, int ipv6PrefixLength)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return bytes;
        }

        for (var bit = ipv6PrefixLength; bit < 128; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return bytes;
    }
}

/// <summary>
/// Counts failures (or uses) per bucket in a fixed window: in Redis, shared by every node, when it is configured and
/// reachable (<paramref name="shared"/>, under <paramref name="name"/>); otherwise in this node's memory.
/// </summary>
public sealed class FailureWindow(TimeProvider time, int limit, TimeSpan window, SharedCounters? shared = null, string name = "")
{
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Start)> failures = new();

    public async Task<bool> IsBlockedAsync(string bucket)
    {
        if (shared is not null && await shared.ReadAsync(name, bucket) is { } count)
        {
            return count >= limit;
        }

        return failures.TryGetValue(bucket, out var entry) && entry.Start + window > time.GetUtcNow() && entry.Count >= limit;
    }

    public async Task RecordFailureAsync(string bucket)
    {
        if (shared is not null && await shared.IncrementAsync(name, bucket, window) is not null)
        {
            return;
        }

        RecordLocally(bucket);
    }

    private void RecordLocally(string bucket)
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
