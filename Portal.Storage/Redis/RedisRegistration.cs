using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;

namespace Portal.Storage.Redis;

public static class RedisRegistration
{
    /// <summary>
    /// Registers <see cref="RedisOptions"/> (validated at start-up), the one <see cref="RedisConnection"/> (which
    /// connects only when a server is configured) and the shared counters and daily key built on it.
    /// </summary>
    public static IServiceCollection AddPortalRedis(this IServiceCollection services)
    {
        if (services.Any(s => s.ServiceType == typeof(RedisConnection)))
        {
            return services;
        }

        services.AddValidatedOptions<RedisOptions>(RedisOptions.SectionName);
        services.AddSingleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>();
        services.AddSingleton<RedisConnection>();
        services.AddHostedService<RedisWarmUp>();
        services.AddSingleton<SharedCounters>();
        services.AddSingleton<SharedDailyKey>();
        return services;
    }
}
