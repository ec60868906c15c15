using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Portal.Tips.Protection;

public static class ProtectionRegistration
{
    /// <summary>
    /// Registers the tip keys (section <c>Tips:Keys</c>, validated at start-up so a missing key stops the portal
    /// before it accepts a tip it could not protect) and the configured <see cref="IKeyEncryptionKeyProvider"/>.
    /// </summary>
    public static IServiceCollection AddTipProtection(this IServiceCollection services)
    {
        services.AddOptions<TipKeyOptions>().BindConfiguration(TipKeyOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TipKeyOptions>, TipKeyOptionsValidator>());
        services.TryAddSingleton<IKeyEncryptionKeyProvider, ConfiguredKeyEncryptionKeyProvider>();
        return services;
    }
}
