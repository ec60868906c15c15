using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Portal.Tips.Retention;

internal static class RetentionRegistration
{
    /// <summary>Retention (section <c>Tips:Retention</c>, validated at start-up) and its worker on every node.</summary>
    public static IServiceCollection AddTipRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>());
        services.AddSingleton<TipPurger>();
        services.AddHostedService<TipRetentionWorker>();
        return services;
    }
}
