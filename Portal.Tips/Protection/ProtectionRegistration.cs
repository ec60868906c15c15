using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;

namespace Portal.Tips.Protection;

internal static class ProtectionRegistration
{
    /// <summary>
    /// Registers the tip keys (section <c>Tips:Keys</c>, validated and loaded at start-up so a missing key stops
    /// the portal before it accepts a tip it could not protect), the <see cref="IKeyEncryptionKeyProvider"/> over
    /// the source <c>Tips:Keys:Provider</c> names, and the rewrap job that follows a KEK rotation.
    /// </summary>
    public static IServiceCollection AddTipProtection(this IServiceCollection services)
    {
        services.AddValidatedOptions<TipKeyOptions>(TipKeyOptions.SectionName)
            .PostConfigure<IServiceProvider>((options, provider) =>
            {
                // Like Storage:FileSystemRoot, a relative key directory is under the content root.
                if (!string.IsNullOrWhiteSpace(options.KeyFileDirectory))
                {
                    var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
                    options.KeyFileDirectory = Path.GetFullPath(options.KeyFileDirectory, contentRoot);
                }
            });
        services.TryAddSingleton<KeyVaultSecretClientFactory>();
        services.TryAddSingleton<KeyRingLoader>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TipKeyOptions>, TipKeyOptionsValidator>());
        services.TryAddSingleton<IKeyEncryptionKeyProvider, KeyEncryptionKeyProvider>();
        services.TryAddSingleton<TipKeyRewrapper>();
        services.TryAddSingleton(provider => new PublishedKeyCheck(
            provider.GetRequiredService<KeyRingLoader>(),
            provider.GetRequiredService<IOptions<TipKeyOptions>>(),
            provider.GetRequiredService<IOptions<AntiBot.AntiBotOptions>>()));
        return services;
    }
}
