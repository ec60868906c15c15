using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Tips.Protection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.Protection;

[UnitTest]
public sealed class TipKeyOptionsValidatorTests
{
    private readonly TipKeyOptionsValidator validator = new();

    [Fact]
    public void Valid_options_pass()
    {
        Assert.True(validator.Validate(null, TestKeys.Options(currentVersion: 2, withVersion2: true)).Succeeded);
    }

    [Fact]
    public void Missing_section_says_no_key_encryption_key_is_configured()
    {
        var failure = SingleFailure(new TipKeyOptions());

        Assert.StartsWith("Tips:Keys: no key-encryption key is configured;", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("")]
    public void A_version_key_that_is_not_32_bytes_of_base64_is_named(string key)
    {
        var options = TestKeys.Options();
        options.Versions["1"] = key;

        Assert.Equal("Tips:Keys:Versions:1: must be 32 bytes in base64.", SingleFailure(options));
    }

    [Theory]
    [InlineData("first")]
    [InlineData("01")]
    [InlineData("0")]
    public void A_version_that_is_not_a_plain_number_is_named(string version)
    {
        var options = TestKeys.Options();
        options.Versions[version] = TestKeys.Kek2;

        Assert.StartsWith($"Tips:Keys:Versions:{version}: ", SingleFailure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void A_current_version_without_a_key_is_named()
    {
        Assert.Equal("Tips:Keys:CurrentVersion: version 3 has no key in Tips:Keys:Versions.", SingleFailure(TestKeys.Options(currentVersion: 3)));
    }

    [Fact]
    public void A_missing_current_version_is_named()
    {
        Assert.StartsWith("Tips:Keys:CurrentVersion: ", SingleFailure(TestKeys.Options(currentVersion: 0)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("c2hvcnQ=")]
    [InlineData("%%%")]
    public void A_hash_key_that_is_not_32_bytes_of_base64_is_named(string? hashKey)
    {
        var options = TestKeys.Options();
        options.HashKey = hashKey;

        Assert.Equal("Tips:Keys:HashKey: must be 32 bytes in base64.", SingleFailure(options));
    }

    [Fact]
    public void Several_bad_settings_give_one_line_each()
    {
        var options = new TipKeyOptions { CurrentVersion = 4, Versions = { ["1"] = "short" } };

        var failures = validator.Validate(null, options).Failures!.ToList();

        Assert.Collection(
            failures,
            failure => Assert.StartsWith("Tips:Keys:Versions:1: ", failure, StringComparison.Ordinal),
            failure => Assert.StartsWith("Tips:Keys:CurrentVersion: ", failure, StringComparison.Ordinal),
            failure => Assert.StartsWith("Tips:Keys:HashKey: ", failure, StringComparison.Ordinal));
        Assert.All(failures, failure => Assert.DoesNotContain('\n', failure));
    }

    [Fact]
    public void Registration_binds_the_section_and_provides_a_working_key_provider()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["Tips:Keys:CurrentVersion"] = "2",
            ["Tips:Keys:Versions:1"] = TestKeys.Kek1,
            ["Tips:Keys:Versions:2"] = TestKeys.Kek2,
            ["Tips:Keys:HashKey"] = TestKeys.HashKey,
        });
        var provider = services.GetRequiredService<IKeyEncryptionKeyProvider>();
        var dataKey = TipDataKey.Generate();

        Assert.Equal(2, provider.CurrentVersion);
        Assert.Equal(dataKey, provider.Unwrap(provider.Wrap(dataKey)));
        Assert.Same(provider, services.GetRequiredService<IKeyEncryptionKeyProvider>());
    }

    [Fact]
    public void Registration_without_keys_fails_with_the_section_name()
    {
        using var services = Services(new Dictionary<string, string?>());

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TipKeyOptions>>().Value);

        Assert.StartsWith("Tips:Keys: no key-encryption key is configured;", exception.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddTipProtection().BuildServiceProvider();
    }

    private string SingleFailure(TipKeyOptions options)
    {
        var result = validator.Validate(null, options);
        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.DoesNotContain('\n', failure);
        return failure;
    }
}
