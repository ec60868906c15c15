using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Portal.Storage.Redis;

/// <summary>
/// Section <c>Redis</c>: the state several web nodes share (the output cache, the public rate limits, the day's
/// client-bucket key). Without <see cref="Configuration"/> the portal is one node and keeps that state in memory.
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis.internal:6379,password=…</c>; none = one node, in memory.</summary>
    public string? Configuration { get; set; }

    /// <summary>The prefix of every key the portal writes, so several portals (or a test run) can share one server.</summary>
    public string InstanceName { get; set; } = "portal:";

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}

internal sealed class RedisOptionsValidator : IValidateOptions<RedisOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.InstanceName))
        {
            return ValidateOptionsResult.Fail("Redis:InstanceName: must not be empty (the default is \"portal:\").");
        }

        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            var parsed = ConfigurationOptions.Parse(options.Configuration!);
            return parsed.EndPoints.Count > 0
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Redis:Configuration: names no server (expected e.g. \"redis.internal:6379\").");
        }
        catch (ArgumentException)
        {
            // The message may repeat the string, and with it a password: it is not shown.
            return ValidateOptionsResult.Fail("Redis:Configuration: is not a StackExchange.Redis configuration string (e.g. \"redis.internal:6379,password=…\").");
        }
    }
}
