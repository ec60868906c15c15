using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Portal.Storage.Redis;

/// <summary>
/// The one connection to Redis that the output cache, the limits and the client-bucket key share, when
/// <see cref="RedisOptions.Configuration"/> is set. Redis is a help, never a condition for serving: while it is down,
/// or for <see cref="PauseAfterFailure"/> after a command failed, <see cref="Database"/> is null and every user falls
/// back to what one node does alone (a cache miss, a count in memory), without waiting on a timeout per request.
/// </summary>
public sealed partial class RedisConnection : IAsyncDisposable
{
    public static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan WarnEvery = TimeSpan.FromMinutes(1);

    private readonly Lazy<Task<ConnectionMultiplexer?>>? connecting;
    private readonly ILogger logger;
    private readonly int connectTimeoutMs;
    private long pausedUntilMs = long.MinValue;
    private long warnedAtMs = long.MinValue / 2;

    public RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.logger = logger;
        InstanceName = options.Value.InstanceName;
        if (options.Value.Enabled)
        {
            var configuration = ConfigurationFor(options.Value.Configuration!);
            connectTimeoutMs = configuration.ConnectTimeout;
            connecting = new(() => ConnectAsync(configuration));
        }
    }

    /// <summary>Whether a Redis server is configured (several nodes), whether or not it answers now.</summary>
    public bool Configured => connecting is not null;

    /// <summary>The prefix of every key.</summary>
    public string InstanceName { get; }

    /// <summary>The database while it can be used now; null without a server, while it is down, and for a moment after a failure.</summary>
    public IDatabase? Database
    {
        get
        {
            if (connecting is null || connecting.Value is not { IsCompletedSuccessfully: true, Result: { } multiplexer })
            {
                return null;
            }

            if (!multiplexer.IsConnected)
            {
                Warn("not connected");
                return null;
            }

            return NowMs < Interlocked.Read(ref pausedUntilMs) ? null : multiplexer.GetDatabase();
        }
    }

    /// <summary>The multiplexer for the output cache's own store (which takes it through a factory).</summary>
    public async Task<IConnectionMultiplexer> MultiplexerAsync() =>
        (connecting is null ? null : await connecting.Value) ?? throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not configured or could not be set up.");

    /// <summary>A command failed: Redis is left alone for <see cref="PauseAfterFailure"/>, and a warning says so (at most once a minute).</summary>
    public void Failed(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Interlocked.Exchange(ref pausedUntilMs, NowMs + (long)PauseAfterFailure.TotalMilliseconds);
        // Only the kind of failure: a Redis message can carry a key, and keys carry client buckets.
        Warn(exception.GetType().Name);
    }

    /// <summary>Waits (at most the connect timeout) for the first connection, so a node starts with its cache and limits shared.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        if (connecting is null)
        {
            return;
        }

        try
        {
            await connecting.Value.WaitAsync(TimeSpan.FromMilliseconds(connectTimeoutMs + 1000), cancellationToken);
        }
        catch (TimeoutException)
        {
            // It goes on connecting in the background; until then the node works alone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connecting is { IsValueCreated: true } && await connecting.Value is { } multiplexer)
        {
            await multiplexer.DisposeAsync();
        }
    }

    /// <summary>The configuration string with what the portal needs: no failed start, short timeouts (unless the string sets them), no queue while down.</summary>
    internal static ConfigurationOptions ConfigurationFor(string text)
    {
        var configuration = ConfigurationOptions.Parse(text);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry(1000);
        if (!Names(text, "connectTimeout"))
        {
            configuration.ConnectTimeout = 2000;
        }

        if (!Names(text, "syncTimeout"))
        {
            configuration.SyncTimeout = 1000;
        }

        if (!Names(text, "asyncTimeout"))
        {
            configuration.AsyncTimeout = 1000;
        }

        if (!Names(text, "name"))
        {
            configuration.ClientName = "portal";
        }

        return configuration;
    }

    private static bool Names(string text, string option) =>
        text.Split(',').Any(part => part.Trim().StartsWith(option + "=", StringComparison.OrdinalIgnoreCase));

    // Network time, not the portal's clock: a test's fake clock must not hold Redis paused.
    private static long NowMs => Environment.TickCount64;

    private async Task<ConnectionMultiplexer?> ConnectAsync(ConfigurationOptions configuration)
    {
        try
        {
            // Without AbortOnConnectFail this returns even when the server is down, and keeps reconnecting.
            return await ConnectionMultiplexer.ConnectAsync(configuration);
        }
        catch (Exception exception) when (exception is RedisException or ArgumentException or InvalidOperationException)
        {
            LogSetupFailed(exception.GetType().Name);
            return null;
        }
    }

    private void Warn(string what)
    {
        var now = NowMs;
        var last = Interlocked.Read(ref warnedAtMs);
        if (now - last >= (long)WarnEvery.TotalMilliseconds && Interlocked.CompareExchange(ref warnedAtMs, now, last) == last)
        {
            LogUnavailable(what);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unavailable ({What}): the output cache misses and limits count on this node alone until it is back.")]
    private partial void LogUnavailable(string what);

    [LoggerMessage(Level = LogLevel.Error, Message = "The Redis connection could not be set up ({Error}); this node works alone.")]
    private partial void LogSetupFailed(string error);
}

/// <summary>Starts the Redis connection with the host, so the first requests already share cache and limits.</summary>
internal sealed class RedisWarmUp(RedisConnection redis) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => redis.WarmUpAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
