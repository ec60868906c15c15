using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Tips.Rewards;

internal static class RewardRegistration
{
    public static IServiceCollection AddTipRewards(this IServiceCollection services)
    {
        services.AddOptions<RewardOptions>().BindConfiguration(RewardOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<RewardOptions>, RewardOptionsDefaults>();
        services.AddSingleton<IValidateOptions<RewardOptions>, RewardOptionsValidator>();
        services.AddSingleton<RewardSchedule>();
        services.AddSingleton<RewardWorkflow>();
        return services;
    }
}
