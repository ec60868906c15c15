using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Portal.Storage.Redis;

namespace Portal.Web.Hosting;

/// <summary>
/// The output cache's store: in this node's memory, or in Redis when <c>Redis:Configuration</c> is set, so an
/// eviction by tag on one node (a publication, an expiring alert) is seen by every node at once. Redis failing is a
/// cache miss, never an error page (<see cref="ResilientOutputCacheStore"/>).
/// </summary>
public static class PortalOutputCache
{
    private const string MemoryStore = "memory";
    private const string RedisStore = "redis";

    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services)
    {
        services.AddPortalRedis();
        services.AddOutputCache();
        KeepStoreAs(services, MemoryStore);
        services.AddStackExchangeRedisOutputCache(_ => { });
        KeepStoreAs(services, RedisStore);
        services.AddOptions<RedisOutputCacheOptions>().Configure<RedisConnection>((options, redis) =>
        {
            options.InstanceName = redis.InstanceName + "cache:";
            options.ConnectionMultiplexerFactory = redis.MultiplexerAsync;
        });
        services.AddSingleton<IOutputCacheStore>(provider =>
        {
            var redis = provider.GetRequiredService<RedisConnection>();
            return redis.Configured
                ? new ResilientOutputCacheStore(provider.GetRequiredKeyedService<IOutputCacheStore>(RedisStore), redis)
                : provider.GetRequiredKeyedService<IOutputCacheStore>(MemoryStore);
        });
        return services;
    }

    /// <summary>Moves the store the framework just registered to a key, so the portal picks one when the settings are known.</summary>
    private static void KeepStoreAs(IServiceCollection services, string key)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore) && !d.IsKeyedService);
        services.Remove(registered);
        if (registered.ImplementationFactory is { } factory)
        {
            services.AddKeyedSingleton(typeof(IOutputCacheStore), key, (provider, _) => factory(provider));
        }
        else if (registered.ImplementationType is { } type)
        {
            services.AddKeyedSingleton(typeof(IOutputCacheStore), key, type);
        }
        else
        {
            services.AddKeyedSingleton(typeof(IOutputCacheStore), key, registered.ImplementationInstance!);
        }
    }
}

/// <summary>
/// The Redis store, with Redis failures turned into what the site can live with: a lookup finds nothing, a store or
/// an eviction does nothing (entries still end by their own expiry, <see cref="Content.Api.AnonymousContentCachePolicy.Expiration"/>).
/// While Redis is down or paused after a failure (<see cref="RedisConnection"/>) it is not even asked.
/// </summary>
internal sealed class ResilientOutputCacheStore(IOutputCacheStore inner, RedisConnection redis) : IOutputCacheBufferStore
{
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        if (redis.Database is null)
        {
            return;
        }

        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            redis.Failed(exception);
        }
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (redis.Database is null)
        {
            return null;
        }

        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            redis.Failed(exception);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (redis.Database is null)
        {
            return;
        }

        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            redis.Failed(exception);
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        if (inner is not IOutputCacheBufferStore buffers)
        {
            if (await GetAsync(key, cancellationToken) is not { } value)
            {
                return false;
            }

            await destination.WriteAsync(value, cancellationToken);
            return true;
        }

        if (redis.Database is null)
        {
            return false;
        }

        try
        {
            return await buffers.TryGetAsync(key, destination, cancellationToken);
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            redis.Failed(exception);
            return false;
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (inner is not IOutputCacheBufferStore buffers)
        {
            await SetAsync(key, value.ToArray(), tags.IsEmpty ? null : tags.ToArray(), validFor, cancellationToken);
            return;
        }

        if (redis.Database is null)
        {
            return;
        }

        try
        {
            await buffers.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception exception) when (IsFailure(exception, cancellationToken))
        {
            redis.Failed(exception);
        }
    }

    private static bool IsFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested;
}
