using System.Text;
using Microsoft.Extensions.Options;
using Portal.Tips.Protection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.Protection;

[IntegrationTest]
public sealed class AzureKeyVaultProviderTests : IAsyncLifetime
{
    private FakeKeyVault vault = null!;

    public async Task InitializeAsync() => vault = await FakeKeyVault.StartAsync();

    public async Task DisposeAsync() => await vault.DisposeAsync();

    [Fact]
    public void Each_enabled_secret_version_is_the_KEK_version_its_tag_names()
    {
        SetUpVault();
        var provider = Provider(Options(currentVersion: 2));
        var dataKey = TipDataKey.Generate();

        Assert.Equal(2, provider.CurrentVersion);
        Assert.Equal(dataKey, provider.Unwrap(TestKeys.Provider(TestKeys.Options(currentVersion: 1)).Wrap(dataKey)));
        Assert.Equal(dataKey, TestKeys.Provider(TestKeys.Options(currentVersion: 2, withVersion2: true)).Unwrap(provider.Wrap(dataKey)));
        Assert.Equal("https://vault.azure.net/.default", Assert.Single(vault.RequestedScopes.Distinct()));
    }

    [Fact]
    public void The_hash_key_from_the_vault_gives_the_same_receipt_hashes_as_from_configuration()
    {
        SetUpVault();
        var number = Encoding.UTF8.GetBytes("1234567890123456");

        Assert.Equal(
            TestKeys.Provider(TestKeys.Options()).KeyedHash("receipt-number", number),
            Provider(Options(currentVersion: 1)).KeyedHash("receipt-number", number));
    }

    [Fact]
    public void A_disabled_version_is_retired()
    {
        var (first, _) = SetUpVault();
        vault.Disable("tip-kek", first);
        var provider = Provider(Options(currentVersion: 2));

        var oldWrapped = TestKeys.Provider(TestKeys.Options(currentVersion: 1)).Wrap(TipDataKey.Generate());

        var exception = Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => provider.Unwrap(oldWrapped));
        Assert.Contains("version 1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_current_version_the_vault_does_not_hold_is_refused()
    {
        SetUpVault();

        Assert.StartsWith("Tips:Keys:CurrentVersion: version 3 has no key; add an enabled version of secret 'tip-kek' tagged kek-version=3", SingleFailure(Options(currentVersion: 3)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_without_its_tag_is_refused_rather_than_guessed()
    {
        SetUpVault();
        var untagged = vault.SetSecret("tip-kek", TestKeys.NewKey());

        Assert.Equal(
            $"Tips:Keys:AzureKeyVault:KekSecretName: version {untagged} of secret 'tip-kek' has no kek-version tag with a whole number above 0; tag it or disable it.",
            SingleFailure(Options(currentVersion: 1)));
    }

    [Fact]
    public void Two_enabled_versions_with_the_same_tag_are_refused()
    {
        SetUpVault();
        vault.SetSecret("tip-kek", TestKeys.NewKey(), Tag(2));

        Assert.StartsWith("Tips:Keys:AzureKeyVault:KekSecretName: two enabled versions of secret 'tip-kek' are tagged kek-version=2;", SingleFailure(Options(currentVersion: 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_key_in_the_vault_is_refused()
    {
        SetUpVault();
        vault.SetSecret("tip-kek", "c2hvcnQ=", Tag(3));

        Assert.Equal("Tips:Keys:AzureKeyVault:KekSecretName: the version tagged kek-version=3 must hold 32 bytes in base64.", SingleFailure(Options(currentVersion: 1)));
    }

    [Fact]
    public void A_second_enabled_hash_key_is_refused_because_it_would_change_every_receipt()
    {
        SetUpVault();
        vault.SetSecret("tip-hash-key", TestKeys.NewKey());

        Assert.StartsWith("Tips:Keys:AzureKeyVault:HashKeySecretName: secret 'tip-hash-key' has more than one enabled version;", SingleFailure(Options(currentVersion: 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_secret_is_named()
    {
        vault.SetSecret("tip-kek", TestKeys.Kek1, Tag(1));

        Assert.Equal("Tips:Keys:AzureKeyVault:HashKeySecretName: the key vault has no secret 'tip-hash-key'.", SingleFailure(Options(currentVersion: 1)));
    }

    [Fact]
    public void A_token_the_vault_refuses_stops_with_the_vault_address_setting()
    {
        SetUpVault();
        var options = Options(currentVersion: 1);

        var result = new TipKeyOptionsValidator(new KeyRingLoader(new LoopbackKeyVaultClients(vault, token: "someone-elses-token"))).Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Tips:Keys:AzureKeyVault:VaultUri: the key vault cannot be reached or read (", failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }

    [Fact]
    public async Task An_unreachable_vault_stops_with_the_vault_address_setting()
    {
        SetUpVault();
        var clients = new LoopbackKeyVaultClients(vault);
        await vault.DisposeAsync();
        vault = await FakeKeyVault.StartAsync();

        var result = new TipKeyOptionsValidator(new KeyRingLoader(clients)).Validate(null, Options(currentVersion: 1));

        Assert.StartsWith("Tips:Keys:AzureKeyVault:VaultUri: the key vault cannot be reached or read (", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Tips:Keys:AzureKeyVault:VaultUri: ")]
    [InlineData("http://portal-test.vault.azure.net/", "Tips:Keys:AzureKeyVault:VaultUri: ")]
    [InlineData("portal-test", "Tips:Keys:AzureKeyVault:VaultUri: ")]
    public void The_vault_address_must_be_https(string? address, string expected)
    {
        var options = Options(currentVersion: 1);
        options.AzureKeyVault.VaultUri = address;

        Assert.StartsWith(expected, SingleFailure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void The_current_version_must_be_configured()
    {
        Assert.StartsWith("Tips:Keys:CurrentVersion: must name the KEK version", SingleFailure(Options(currentVersion: 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_vault_is_read_once_however_often_the_options_are_validated()
    {
        SetUpVault();
        var loader = new KeyRingLoader(new LoopbackKeyVaultClients(vault));
        var options = Options(currentVersion: 2);
        Assert.True(new TipKeyOptionsValidator(loader).Validate(null, options).Succeeded);
        var afterLoad = vault.Requests;

        var provider = new KeyEncryptionKeyProvider(Microsoft.Extensions.Options.Options.Create(options), loader);
        provider.Unwrap(provider.Wrap(TipDataKey.Generate()));
        provider.KeyedHash("receipt-number", [1, 2, 3]);

        Assert.True(afterLoad > 0);
        Assert.Equal(afterLoad, vault.Requests);
    }

    private static Dictionary<string, string> Tag(int version) =>
        new() { [AzureKeyVaultKeyOptions.VersionTag] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>Versions 1 and 2 of the KEK and the hash key, the same keys the configuration tests use.</summary>
    private (string First, string Second) SetUpVault()
    {
        var first = vault.SetSecret("tip-kek", TestKeys.Kek1, Tag(1));
        var second = vault.SetSecret("tip-kek", TestKeys.Kek2, Tag(2));
        vault.SetSecret("tip-hash-key", TestKeys.HashKey);
        return (first, second);
    }

    private static TipKeyOptions Options(int currentVersion)
    {
        var options = new TipKeyOptions { Provider = "AzureKeyVault", CurrentVersion = currentVersion };
        options.AzureKeyVault.VaultUri = FakeKeyVault.VaultUri.ToString();
        return options;
    }

    private KeyEncryptionKeyProvider Provider(TipKeyOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), new KeyRingLoader(new LoopbackKeyVaultClients(vault)));

    private string SingleFailure(TipKeyOptions options)
    {
        var loader = new KeyRingLoader(new LoopbackKeyVaultClients(vault));
        var result = new TipKeyOptionsValidator(loader).Validate(null, options);
        Assert.True(result.Failed, "The options were accepted.");
        var failure = Assert.Single(result.Failures!);
        Assert.DoesNotContain('\n', failure);
        Assert.Throws<OptionsValidationException>(() => new KeyEncryptionKeyProvider(Microsoft.Extensions.Options.Options.Create(options), loader));
        return failure;
    }
}
