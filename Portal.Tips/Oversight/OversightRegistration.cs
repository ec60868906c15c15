using Microsoft.Extensions.DependencyInjection;
using Portal.Storage.Database;
using Portal.Tips.Data;
using Portal.Shared.Options;

namespace Portal.Tips.Oversight;

internal static class OversightRegistration
{
    /// <summary>Oversight figures (aggregates only, for the joint-conference offices' yearly reporting): scope, the tip rollup and its worker (section <c>Tips:Oversight</c>).</summary>
    public static IServiceCollection AddTipOversight(this IServiceCollection services)
    {
        services.AddValidatedOptions<OversightRollupOptions>(OversightRollupOptions.SectionName);
        services.AddReferenceData<TipsDbContext, OversightReferenceData>();
        services.AddSingleton<OversightAccess>();
        services.AddSingleton<OversightRollup>();
        services.AddSingleton<OversightFigures>();
        services.AddHostedService<OversightRollupWorker>();
        return services;
    }
}
