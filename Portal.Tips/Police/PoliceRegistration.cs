using Microsoft.Extensions.DependencyInjection;
using Portal.Tips.Audit;
using Portal.Tips.Police;
using Portal.Shared.Options;
using Portal.Tips.Monitoring;

namespace Portal.Tips.Police;

internal static class PoliceRegistration
{
    public static IServiceCollection AddTipPolice(this IServiceCollection services)
    {
        services.AddValidatedOptions<SlaOptions>(SlaOptions.SectionName);
        services.AddSingleton<TipAuditLog>();
        services.AddSingleton<AuditTrailReader>();
        services.AddSingleton<OfficerGrants>();
        services.AddSingleton<TipQueue>();
        services.AddSingleton<TipCases>();
        services.AddSingleton<TipCaseFiles>();
        services.AddTipMetrics();
        services.AddSingleton<SlaMonitor>();
        services.AddSingleton<TipAlerts>();
        services.AddSingleton<TipAlertWatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<TipAlertWatcher>());
        return services;
    }
}
