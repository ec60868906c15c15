using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;
using Portal.Tips.Monitoring;

namespace Portal.Tips.AntiBot;

internal static class AntiBotRegistration
{
    /// <summary>
    /// Registers the tip form's bot check (section <c>Tips:AntiBot</c>, validated at start-up): challenge issuer,
    /// proof-of-work verifier with its database-backed replay store, optional reCAPTCHA and <see cref="HumanCheck"/>.
    /// Needs <c>IDbContextFactory&lt;TipsDbContext&gt;</c>, which the Tips module registers.
    /// </summary>
    public static IServiceCollection AddTipAntiBot(this IServiceCollection services)
    {
        services.AddValidatedOptions<AntiBotOptions>(AntiBotOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AntiBotOptions>, AntiBotOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ProofOfWorkDifficulty>();
        services.AddSingleton<AltchaChallengeIssuer>();
        services.AddSingleton<DatabaseSpentChallengeStore>();
        services.AddSingleton<ISpentChallengeStore>(provider => provider.GetRequiredService<DatabaseSpentChallengeStore>());
        services.AddSingleton<AltchaVerifier>();

        // The per-call time-out (Recaptcha:Timeout) is applied by the verifier; this only stops a hung request forever.
        services.AddHttpClient(RecaptchaVerifier.HttpClientName, client => client.Timeout = TimeSpan.FromMinutes(1));
        services.AddSingleton<RecaptchaVerifier>();
        services.AddTipMetrics();
        services.AddSingleton<HumanCheck>();
        return services;
    }
}
