using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;

namespace Portal.Tips.Retention;

internal static class RetentionRegistration
{
    /// <summary>Retention (section <c>Tips:Retention</c>, validated at start-up) and its worker on every node.</summary>
    public static IServiceCollection AddTipRetention(this IServiceCollection services)
    {
        services.AddValidatedOptions<RetentionOptions>(RetentionOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>());
        services.AddSingleton<TipPurger>();
        services.AddHostedService<TipRetentionWorker>();
        return services;
    }
}
