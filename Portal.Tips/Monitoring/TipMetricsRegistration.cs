using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Tips.Monitoring;

internal static class TipMetricsRegistration
{
    /// <summary>The module's meter, for every part that records to it (each may be registered on its own).</summary>
    public static IServiceCollection AddTipMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<TipMetrics>();
        return services;
    }
}
