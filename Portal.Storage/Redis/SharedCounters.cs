using StackExchange.Redis;

namespace Portal.Storage.Redis;

/// <summary>
/// Fixed-window counters that every node shares, in Redis. Each answer is null when Redis is not configured or not
/// usable now: the caller then counts in its own memory, so limits go on limiting, per node.
/// </summary>
public sealed class SharedCounters(RedisConnection redis)
{
    // One round trip, atomic: the first count of a window sets its end (and so does any count that finds none set).
    private const string IncrementScript = """
        local count = redis.call('INCR', KEYS[1])
        if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    /// <summary>Counts one more in <paramref name="name"/>'s window for <paramref name="bucket"/>; the count so far, or null.</summary>
    public async Task<long?> IncrementAsync(string name, string bucket, TimeSpan window)
    {
        if (redis.Database is not { } database)
        {
            return null;
        }

        try
        {
            var result = await database.ScriptEvaluateAsync(IncrementScript, [Key(name, bucket)], [(long)Math.Ceiling(window.TotalMilliseconds)]);
            return (long)result;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            redis.Failed(exception);
            return null;
        }
    }

    /// <summary>The count in the current window (0 when none), or null.</summary>
    public async Task<long?> ReadAsync(string name, string bucket)
    {
        if (redis.Database is not { } database)
        {
            return null;
        }

        try
        {
            var value = await database.StringGetAsync(Key(name, bucket));
            return value.IsNull ? 0 : (long)value;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            redis.Failed(exception);
            return null;
        }
    }

    /// <summary>The counts of several buckets under <paramref name="name"/> in one round trip (0 for each one absent), or null.</summary>
    public async Task<long[]?> ReadManyAsync(string name, IReadOnlyList<string> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        if (redis.Database is not { } database)
        {
            return null;
        }

        try
        {
            var values = await database.StringGetAsync([.. buckets.Select(bucket => Key(name, bucket))]);
            return [.. values.Select(value => value.IsNull ? 0L : (long)value)];
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            redis.Failed(exception);
            return null;
        }
    }

    private RedisKey Key(string name, string bucket) => $"{redis.InstanceName}limit:{name}:{bucket}";
}
