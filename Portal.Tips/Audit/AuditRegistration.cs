using Microsoft.Extensions.DependencyInjection;
using Portal.Shared.Options;

namespace Portal.Tips.Audit;

internal static class AuditRegistration
{
    /// <summary>The audit's checkpoints (section <c>Tips:Audit</c>, validated at start-up) and their worker on every node.</summary>
    public static IServiceCollection AddTipAuditCheckpoints(this IServiceCollection services)
    {
        services.AddValidatedOptions<AuditOptions>(AuditOptions.SectionName);
        services.AddSingleton<TipAuditCheckpoints>();
        services.AddHostedService<AuditCheckpointWorker>();
        return services;
    }
}
