using System.Security.Cryptography;
using System.Text;
using Portal.Tips.Protection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.Protection;

[UnitTest]
public sealed class FieldCipherTests
{
    private static readonly Guid TipId = Guid.NewGuid();
    private readonly byte[] dataKey = TipDataKey.Generate();

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("我在兰州火车站看到两个孩子被一个男人带走，他们在哭。")]
    [InlineData("Emoji 👧🏻🚆 and 甘肃省临夏回族自治州 in one line\nwith a second line")]
    public void Text_round_trips_including_Chinese_and_emoji(string plaintext)
    {
        var stored = FieldCipher.Encrypt(dataKey, TipId, "narrative", plaintext);

        Assert.Equal(plaintext, FieldCipher.Decrypt(dataKey, TipId, "narrative", stored));
    }

    [Fact]
    public void Bytes_round_trip()
    {
        var value = RandomNumberGenerator.GetBytes(1000);

        var stored = FieldCipher.EncryptBytes(dataKey, TipId, "photo-metadata", value);

        Assert.Equal(value, FieldCipher.DecryptBytes(dataKey, TipId, "photo-metadata", stored));
    }

    [Fact]
    public void Stored_format_is_version_nonce_ciphertext_and_tag()
    {
        var plaintext = "联系电话 13800000000";

        var stored = FieldCipher.Encrypt(dataKey, TipId, "contact", plaintext);

        Assert.Equal(0x01, stored[0]);
        Assert.Equal(1 + 12 + Encoding.UTF8.GetByteCount(plaintext) + 16, stored.Length);
    }

    [Fact]
    public void Changing_any_single_byte_makes_decryption_fail()
    {
        var stored = FieldCipher.Encrypt(dataKey, TipId, "narrative", "他们往天水方向去了");

        for (var i = 0; i < stored.Length; i++)
        {
            var tampered = (byte[])stored.Clone();
            tampered[i] ^= 0x01;

            Assert.ThrowsAny<CryptographicException>(() => FieldCipher.Decrypt(dataKey, TipId, "narrative", tampered));
        }
    }

    [Fact]
    public void Truncated_or_extended_values_fail()
    {
        var stored = FieldCipher.Encrypt(dataKey, TipId, "narrative", "短");

        Assert.ThrowsAny<CryptographicException>(() => FieldCipher.Decrypt(dataKey, TipId, "narrative", stored.AsSpan(0, stored.Length - 1)));
        Assert.ThrowsAny<CryptographicException>(() => FieldCipher.Decrypt(dataKey, TipId, "narrative", [.. stored, 0]));
        Assert.ThrowsAny<CryptographicException>(() => FieldCipher.Decrypt(dataKey, TipId, "narrative", stored.AsSpan(0, 5)));
        Assert.ThrowsAny<CryptographicException>(() => FieldCipher.Decrypt(dataKey, TipId, "narrative", []));
    }

    [Fact]
    public void A_value_moved_to_another_tip_fails()
    {
        var stored = FieldCipher.Encrypt(dataKey, TipId, "narrative", "秘密");

        Assert.ThrowsAny<CryptographicException>(() => FieldCipher.Decrypt(dataKey, Guid.NewGuid(), "narrative", stored));
    }

    [Fact]
    public void A_value_moved_to_another_field_fails()
    {
        var stored = FieldCipher.Encrypt(dataKey, TipId, "narrative", "秘密");

        Assert.ThrowsAny<CryptographicException>(() => FieldCipher.Decrypt(dataKey, TipId, "contact", stored));
    }

    [Fact]
    public void Another_data_key_fails()
    {
        var stored = FieldCipher.Encrypt(dataKey, TipId, "narrative", "秘密");

        Assert.ThrowsAny<CryptographicException>(() => FieldCipher.Decrypt(TipDataKey.Generate(), TipId, "narrative", stored));
    }

    [Fact]
    public void Two_encryptions_of_the_same_text_differ()
    {
        var first = FieldCipher.Encrypt(dataKey, TipId, "narrative", "同一句话");
        var second = FieldCipher.Encrypt(dataKey, TipId, "narrative", "同一句话");

        Assert.NotEqual(first, second);
        Assert.NotEqual(first.AsSpan(1, 12).ToArray(), second.AsSpan(1, 12).ToArray());
    }

    [Fact]
    public void The_ciphertext_does_not_contain_the_plaintext()
    {
        var marker = $"CANARY-{Guid.NewGuid():N}";

        var stored = FieldCipher.Encrypt(dataKey, TipId, "narrative", $"{marker} {marker} 标记 {marker}");

        Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker)));
    }

    [Fact]
    public void A_data_key_of_the_wrong_size_is_refused()
    {
        Assert.Throws<ArgumentException>(() => FieldCipher.Encrypt(new byte[16], TipId, "narrative", "x"));
    }
}
