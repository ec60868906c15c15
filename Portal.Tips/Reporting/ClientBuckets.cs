using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

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
/// HMAC of its address under a random key that lives only in memory and is replaced every day, so no bucket
/// can be traced back to an address, even by us, and yesterday's buckets cannot be linked to today's. An IPv6 client is
/// its network prefix (<see cref="ClientBucketOptions.Ipv6PrefixLength"/>); an IPv4 address, also one written as IPv6
/// by a dual-stack socket, is itself.
/// </summary>
public sealed class ClientBuckets(TimeProvider time, IOptions<ClientBucketOptions> options)
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
