using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Portal.Tips.AntiBot;
using Portal.Tips.Data;

namespace Portal.Tests.Tips.AntiBot;

/// <summary>The anti-bot services as <c>AddTipAntiBot</c> registers them, on test settings and a fake clock.</summary>
internal static class AntiBotServices
{
    public const string HmacKey = "a-test-hmac-key-that-is-long-enough-for-the-validator";

    public static Dictionary<string, string?> Settings(Uri? siteVerifyUrl = null, TimeSpan? timeout = null) => new()
    {
        ["Tips:AntiBot:HmacKey"] = HmacKey,
        ["Tips:AntiBot:MaxNumber"] = "1000",
        ["Tips:AntiBot:Recaptcha:Enabled"] = "true",
        ["Tips:AntiBot:Recaptcha:SiteVerifyUrl"] = siteVerifyUrl?.ToString() ?? "http://127.0.0.1:9/recaptcha/api/siteverify",
        ["Tips:AntiBot:Recaptcha:SiteKey"] = "site-key",
        ["Tips:AntiBot:Recaptcha:Secret"] = "the-secret",
        ["Tips:AntiBot:Recaptcha:AllowedHostnames:0"] = "tips.example.cn",
        ["Tips:AntiBot:Recaptcha:AllowedHostnames:1"] = "localhost",
        ["Tips:AntiBot:Recaptcha:Timeout"] = (timeout ?? TimeSpan.FromSeconds(5)).ToString(),
    };

    public static ServiceProvider Build(IDictionary<string, string?> settings, FakeTimeProvider clock, IDbContextFactory<TipsDbContext>? database = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        if (database is not null)
        {
            services.AddSingleton(database);
        }

        services.AddTipAntiBot();
        if (database is null)
        {
            services.AddSingleton<ISpentChallengeStore, MemorySpentChallengeStore>();
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = database is not null, ValidateScopes = true });
    }
}
