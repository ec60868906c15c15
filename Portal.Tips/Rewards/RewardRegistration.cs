using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;

namespace Portal.Tips.Rewards;

internal static class RewardRegistration
{
    public static IServiceCollection AddTipRewards(this IServiceCollection services)
    {
        services.AddValidatedOptions<RewardOptions>(RewardOptions.SectionName);
        services.AddSingleton<IPostConfigureOptions<RewardOptions>, RewardOptionsDefaults>();
        services.AddSingleton<IValidateOptions<RewardOptions>, RewardOptionsValidator>();
        services.AddSingleton<RewardSchedule>();
        services.AddSingleton<RewardWorkflow>();
        services.AddSingleton<ClaimOffices>();
        return services;
    }
}
