using System.Security.Cryptography;
using StackExchange.Redis;

namespace Portal.Storage.Redis;

/// <summary>
/// A random key per day that every node uses alike: the first node to ask stores one (SET NX, expiring the day
/// after), the others read it. Null when Redis is not configured or not usable now.
/// </summary>
public sealed class SharedDailyKey(RedisConnection redis)
{
    /// <summary>How long a day's key stays in Redis: through that day, whatever the nodes' clocks, and then gone.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromDays(2);

    private const string GetOrSetScript = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])
        return redis.call('GET', KEYS[1])
        """;

    public bool Configured => redis.Configured;

    /// <summary>The key of day <paramref name="day"/> (days since 1970, UTC) under <paramref name="name"/>, or null. Blocks at most the sync timeout.</summary>
    public byte[]? Of(string name, long day, int length = 32)
    {
        if (redis.Database is not { } database)
        {
            return null;
        }

        try
        {
            var result = database.ScriptEvaluate(
                GetOrSetScript,
                [(RedisKey)$"{redis.InstanceName}key:{name}:{day}"],
                [RandomNumberGenerator.GetBytes(length), (long)Keep.TotalMilliseconds]);
            return (byte[]?)result is { Length: > 0 } key ? key : null;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            redis.Failed(exception);
            return null;
        }
    }
}
