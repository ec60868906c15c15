using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Tips.AntiBot;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.AntiBot;

[IntegrationTest]
public sealed class AntiBotRegistrationTests
{
    private static OptionsValidationException InvalidSettings(Action<Dictionary<string, string?>> change)
    {
        var settings = AntiBotServices.Settings();
        change(settings);
        using var services = AntiBotServices.Build(settings, Altcha.ClockBeforeExpiry());
        return Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AntiBotOptions>>().Value);
    }

    [Fact]
    public async Task Every_service_resolves_from_the_registration()
    {
        using var database = await SqliteTipsHarness.CreateAsync();
        await using var services = AntiBotServices.Build(AntiBotServices.Settings(), Altcha.ClockBeforeExpiry(), database);

        Assert.IsType<DatabaseSpentChallengeStore>(services.GetRequiredService<ISpentChallengeStore>());
        Assert.NotNull(services.GetRequiredService<AltchaChallengeIssuer>());
        Assert.NotNull(services.GetRequiredService<AltchaVerifier>());
        Assert.NotNull(services.GetRequiredService<RecaptchaVerifier>());
        Assert.NotNull(services.GetRequiredService<HumanCheck>());
        var options = services.GetRequiredService<IOptions<AntiBotOptions>>().Value;
        Assert.Equal(["tips.example.cn", "localhost"], options.Recaptcha.AllowedHostnames);
        Assert.Equal(new Uri("http://127.0.0.1:9/recaptcha/api/siteverify"), options.Recaptcha.SiteVerifyUrl);
    }

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new AntiBotOptions();

        Assert.Equal(200_000, options.MaxNumber);
        Assert.Equal(TimeSpan.FromMinutes(20), options.ChallengeLifetime);
        Assert.False(options.Recaptcha.Enabled);
        Assert.Equal(new Uri("https://www.recaptcha.net/recaptcha/api/siteverify"), options.Recaptcha.SiteVerifyUrl);
        Assert.Equal("submit_tip", options.Recaptcha.Action);
        Assert.Equal(0.5, options.Recaptcha.MinimumScore);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Recaptcha.Timeout);
        Assert.Equal(new Uri("https://www.recaptcha.net"), options.Recaptcha.ScriptOrigin);
        Assert.Equal(new Uri("https://www.gstatic.com"), options.Recaptcha.StaticOrigin);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("too-short")]
    public void A_missing_or_short_hmac_key_fails_with_one_line_naming_the_setting(string? key)
    {
        var failure = InvalidSettings(settings => settings["Tips:AntiBot:HmacKey"] = key);

        var message = Assert.Single(failure.Failures);
        Assert.StartsWith("Tips:AntiBot:HmacKey: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void Enabled_recaptcha_without_its_settings_fails_naming_each()
    {
        var failure = InvalidSettings(settings =>
        {
            settings.Remove("Tips:AntiBot:Recaptcha:Secret");
            settings.Remove("Tips:AntiBot:Recaptcha:SiteKey");
            settings.Remove("Tips:AntiBot:Recaptcha:AllowedHostnames:0");
            settings.Remove("Tips:AntiBot:Recaptcha:AllowedHostnames:1");
            settings["Tips:AntiBot:Recaptcha:MinimumScore"] = "1.5";
        });

        Assert.Equal(
            ["Tips:AntiBot:Recaptcha:SiteKey", "Tips:AntiBot:Recaptcha:Secret", "Tips:AntiBot:Recaptcha:AllowedHostnames", "Tips:AntiBot:Recaptcha:MinimumScore"],
            failure.Failures.Select(message => message[..message.IndexOf(": ", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Disabled_recaptcha_needs_none_of_its_settings()
    {
        using var services = AntiBotServices.Build(
            new Dictionary<string, string?> { ["Tips:AntiBot:HmacKey"] = AntiBotServices.HmacKey },
            Altcha.ClockBeforeExpiry());

        Assert.False(services.GetRequiredService<IOptions<AntiBotOptions>>().Value.Recaptcha.Enabled);
    }

    [Theory]
    [InlineData("Tips:AntiBot:MaxNumber", "0")]
    [InlineData("Tips:AntiBot:ChallengeLifetime", "-00:01:00")]
    [InlineData("Tips:AntiBot:Recaptcha:Timeout", "00:00:00")]
    public void Out_of_range_numbers_fail_naming_the_setting(string key, string value)
    {
        var failure = InvalidSettings(settings => settings[key] = value);

        Assert.StartsWith(key + ": ", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tips:AntiBot:Recaptcha:ScriptOrigin", "http://www.recaptcha.net")]
    [InlineData("Tips:AntiBot:Recaptcha:ScriptOrigin", "https://www.recaptcha.net/recaptcha/")]
    [InlineData("Tips:AntiBot:Recaptcha:ScriptOrigin", "https://www.recaptcha.net?x=1")]
    [InlineData("Tips:AntiBot:Recaptcha:StaticOrigin", "https://user@www.gstatic.com")]
    [InlineData("Tips:AntiBot:Recaptcha:StaticOrigin", "ftp://www.gstatic.com")]
    public void A_script_origin_that_is_not_exactly_an_https_origin_fails_naming_the_setting(string key, string value)
    {
        var failure = InvalidSettings(settings => settings[key] = value);

        Assert.StartsWith(key + ": ", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.google.com")]
    [InlineData("https://recaptcha.example.cn:8443/")]
    [InlineData("http://127.0.0.1:5555")]
    public void An_https_origin_or_a_local_stand_in_is_a_valid_script_origin(string origin)
    {
        var settings = AntiBotServices.Settings();
        settings["Tips:AntiBot:Recaptcha:ScriptOrigin"] = origin;
        using var services = AntiBotServices.Build(settings, Altcha.ClockBeforeExpiry());

        Assert.Equal(new Uri(origin), services.GetRequiredService<IOptions<AntiBotOptions>>().Value.Recaptcha.ScriptOrigin);
    }
}
