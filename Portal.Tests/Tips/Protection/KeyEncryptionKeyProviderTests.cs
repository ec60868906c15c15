using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.Tips.Protection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.Protection;

[UnitTest]
public sealed class KeyEncryptionKeyProviderTests
{
    [Fact]
    public void Data_key_round_trips_through_wrap_and_unwrap()
    {
        var provider = TestKeys.Provider(TestKeys.Options());
        var dataKey = TipDataKey.Generate();

        var wrapped = provider.Wrap(dataKey);

        Assert.Equal(1, wrapped.KekVersion);
        Assert.Equal(dataKey, provider.Unwrap(wrapped));
        Assert.Equal(-1, wrapped.Ciphertext.Span.IndexOf(dataKey));
    }

    [Fact]
    public void Data_keys_are_random_and_256_bits()
    {
        var first = TipDataKey.Generate();
        var second = TipDataKey.Generate();

        Assert.Equal(32, first.Length);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Wrapped_key_round_trips_through_its_stored_bytes()
    {
        var provider = TestKeys.Provider(TestKeys.Options());
        var dataKey = TipDataKey.Generate();
        var wrapped = provider.Wrap(dataKey);

        var restored = WrappedKey.FromBytes(wrapped.ToBytes());

        Assert.Equal(wrapped, restored);
        Assert.Equal(dataKey, provider.Unwrap(restored));
    }

    [Fact]
    public void Malformed_stored_wrapped_key_fails()
    {
        Assert.ThrowsAny<CryptographicException>(() => WrappedKey.FromBytes([]));
        Assert.ThrowsAny<CryptographicException>(() => WrappedKey.FromBytes([0x02, 0, 0, 0, 1, 9]));
    }

    [Fact]
    public void Unwrap_with_an_unknown_version_fails_and_names_the_version()
    {
        var provider = TestKeys.Provider(TestKeys.Options());
        var wrapped = provider.Wrap(TipDataKey.Generate());

        var exception = Assert.ThrowsAny<CryptographicException>(() => provider.Unwrap(wrapped with { KekVersion = 7 }));

        Assert.Contains("version 7", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unwrap_fails_when_the_wrapped_key_is_altered()
    {
        var provider = TestKeys.Provider(TestKeys.Options());
        var ciphertext = provider.Wrap(TipDataKey.Generate()).Ciphertext.ToArray();

        for (var i = 0; i < ciphertext.Length; i++)
        {
            var tampered = (byte[])ciphertext.Clone();
            tampered[i] ^= 0x80;

            Assert.ThrowsAny<CryptographicException>(() => provider.Unwrap(new WrappedKey(1, tampered)));
        }
    }

    [Fact]
    public void Unwrap_fails_when_the_version_label_is_changed()
    {
        var provider = TestKeys.Provider(TestKeys.Options(currentVersion: 1, withVersion2: true));
        var wrapped = provider.Wrap(TipDataKey.Generate());

        Assert.ThrowsAny<CryptographicException>(() => provider.Unwrap(wrapped with { KekVersion = 2 }));
    }

    [Fact]
    public void Unwrap_under_another_key_ring_fails()
    {
        var wrapped = TestKeys.Provider(TestKeys.Options()).Wrap(TipDataKey.Generate());
        var other = TestKeys.Options();
        other.Versions["1"] = TestKeys.NewKey();

        Assert.ThrowsAny<CryptographicException>(() => TestKeys.Provider(other).Unwrap(wrapped));
    }

    [Fact]
    public void Two_wraps_of_the_same_data_key_differ()
    {
        var provider = TestKeys.Provider(TestKeys.Options());
        var dataKey = TipDataKey.Generate();

        Assert.NotEqual(provider.Wrap(dataKey), provider.Wrap(dataKey));
    }

    [Fact]
    public void Keyed_hashes_are_stable_for_the_same_purpose_and_value()
    {
        var value = Encoding.UTF8.GetBytes("GS-2026-0001");

        var first = TestKeys.Provider(TestKeys.Options()).KeyedHash("receipt", value);
        var second = TestKeys.Provider(TestKeys.Options()).KeyedHash("receipt", value);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Keyed_hashes_differ_by_purpose_by_value_and_by_hash_key()
    {
        var provider = TestKeys.Provider(TestKeys.Options());
        var value = Encoding.UTF8.GetBytes("203.0.113.7");

        var receipt = provider.KeyedHash("receipt", value);

        Assert.NotEqual(receipt, provider.KeyedHash("rate-limit", value));
        Assert.NotEqual(receipt, provider.KeyedHash("receipt", Encoding.UTF8.GetBytes("203.0.113.8")));
        Assert.NotEqual(receipt, TestKeys.Provider(TestKeys.Options(hashKey: TestKeys.NewKey())).KeyedHash("receipt", value));
    }

    [Fact]
    public void Keyed_hash_is_HMAC_SHA256_under_a_key_derived_by_HKDF_from_the_purpose()
    {
        // Pins the construction: stored receipt hashes must not change when the code is refactored.
        var value = Encoding.UTF8.GetBytes("value");
        var purposeKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(TestKeys.HashKey), 32, [], Encoding.UTF8.GetBytes("receipt"));

        var hash = TestKeys.Provider(TestKeys.Options()).KeyedHash("receipt", value);

        Assert.Equal(HMACSHA256.HashData(purposeKey, value), hash);
        Assert.NotEqual(HMACSHA256.HashData(Convert.FromBase64String(TestKeys.HashKey), value), hash);
    }

    [Fact]
    public void A_provider_built_from_invalid_options_refuses_to_start()
    {
        var options = TestKeys.Options(currentVersion: 2);

        var exception = Assert.Throws<OptionsValidationException>(() => TestKeys.Provider(options));

        Assert.StartsWith("Tips:Keys:CurrentVersion:", exception.Failures.Single(), StringComparison.Ordinal);
    }
}
