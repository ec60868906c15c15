using System.Collections.Concurrent;
using System.Globalization;

namespace Portal.Storage.Redis;

/// <summary>
/// How many events happened in the last <c>window</c>, across every node: the window is cut into
/// <c>slots</c> slices on the injected clock, each slice a shared counter (<see cref="SharedCounters"/>, bucket =
/// the slice's number), and the count is the sum of the slices that overlap the window. So it slides by one slice
/// at a time rather than jumping back to zero at a fixed boundary. While Redis is not configured or not usable each
/// node counts in its own memory, the same way.
/// </summary>
public sealed class SlidingWindowCount
{
    private readonly TimeProvider time;
    private readonly SharedCounters? shared;
    private readonly string name;
    private readonly long sliceMs;
    private readonly int slots;
    private readonly ConcurrentDictionary<long, long> local = new();

    public SlidingWindowCount(TimeProvider time, SharedCounters? shared, string name, TimeSpan window, int slots = 10)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        this.time = time;
        this.shared = shared;
        this.name = name;
        this.slots = slots;
        sliceMs = Math.Max(1, (long)Math.Ceiling(window.TotalMilliseconds / slots));
    }

    /// <summary>Counts one event now; returns the count in the window, this one included.</summary>
    public async Task<long> AddAsync()
    {
        var slice = CurrentSlice();
        if (shared is not null
            && await shared.IncrementAsync(name, Bucket(slice), TimeSpan.FromMilliseconds(sliceMs * (slots + 1))) is not null
            && await ReadSharedAsync(slice) is { } total)
        {
            return total;
        }

        local.AddOrUpdate(slice, 1, (_, count) => count + 1);
        return SumLocal(slice);
    }

    /// <summary>The count in the window now.</summary>
    public async Task<long> CountAsync()
    {
        var slice = CurrentSlice();
        return await ReadSharedAsync(slice) ?? SumLocal(slice);
    }

    private long CurrentSlice() => time.GetUtcNow().ToUnixTimeMilliseconds() / sliceMs;

    private async Task<long?> ReadSharedAsync(long slice)
    {
        if (shared is null)
        {
            return null;
        }

        var buckets = Enumerable.Range(0, slots).Select(back => Bucket(slice - back)).ToArray();
        return await shared.ReadManyAsync(name, buckets) is { } counts ? counts.Sum() : null;
    }

    private long SumLocal(long slice)
    {
        long total = 0;
        foreach (var (key, count) in local)
        {
            if (key > slice - slots && key <= slice)
            {
                total += count;
            }
            else if (key <= slice - slots)
            {
                local.TryRemove(key, out _);
            }
        }

        return total;
    }

    private static string Bucket(long slice) => slice.ToString(CultureInfo.InvariantCulture);
}
