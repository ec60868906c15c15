using Portal.Tips.Protection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.Protection;

[UnitTest]
public sealed class KeyRotationTests
{
    [Fact]
    public void Rewrapping_after_rotation_gives_the_current_version_and_the_same_data_key()
    {
        var tipId = Guid.NewGuid();
        var before = TestKeys.Provider(TestKeys.Options(currentVersion: 1));
        var dataKey = TipDataKey.Generate();
        var storedKey = before.Wrap(dataKey).ToBytes();
        var storedNarrative = FieldCipher.Encrypt(dataKey, tipId, "narrative", "在白银看到的车牌号");

        // Configuration changes: version 2 becomes current, version 1 stays so old keys can still be unwrapped.
        var after = TestKeys.Provider(TestKeys.Options(currentVersion: 2, withVersion2: true));
        var oldWrapped = WrappedKey.FromBytes(storedKey);
        var rewrapped = KeyRotation.Rewrap(after, oldWrapped);

        Assert.Equal(1, oldWrapped.KekVersion);
        Assert.Equal(2, rewrapped.KekVersion);
        Assert.Equal(dataKey, after.Unwrap(rewrapped));
        Assert.Equal("在白银看到的车牌号", FieldCipher.Decrypt(after.Unwrap(WrappedKey.FromBytes(rewrapped.ToBytes())), tipId, "narrative", storedNarrative));
    }

    [Fact]
    public void Rewrapped_key_no_longer_needs_the_old_version()
    {
        var dataKey = TipDataKey.Generate();
        var oldWrapped = TestKeys.Provider(TestKeys.Options(currentVersion: 1)).Wrap(dataKey);
        var rewrapped = KeyRotation.Rewrap(TestKeys.Provider(TestKeys.Options(currentVersion: 2, withVersion2: true)), oldWrapped);

        var onlyVersion2 = TestKeys.Options(currentVersion: 2, withVersion2: true);
        onlyVersion2.Versions.Remove("1");
        var retired = TestKeys.Provider(onlyVersion2);

        Assert.Equal(dataKey, retired.Unwrap(rewrapped));
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => retired.Unwrap(oldWrapped));
    }

    [Fact]
    public void A_key_already_under_the_current_version_is_left_as_it_is()
    {
        var provider = TestKeys.Provider(TestKeys.Options(currentVersion: 1));
        var wrapped = provider.Wrap(TipDataKey.Generate());

        Assert.Same(wrapped, KeyRotation.Rewrap(provider, wrapped));
    }
}
