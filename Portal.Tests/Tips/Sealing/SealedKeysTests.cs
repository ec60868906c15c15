using System.Security.Cryptography;
using NSec.Cryptography;
using Portal.Tests.Infrastructure;
using Portal.Tips.Sealing;

namespace Portal.Tests.Tips.Sealing;

/// <summary>
/// The sealed-tip key model with real libsodium: a tip's data key sealed by intake to its units' public keys opens only
/// in a session of a member of one of those units, who unlocked it with their own password; joining, leaving with a new
/// generation, recovery from the printed digits and transfer behave as the key model says.
/// </summary>
[UnitTest]
public sealed class SealedKeysTests
{
    // Cheaper than production (the cost is stored with each key, so the model does not depend on it); one test below
    // runs the production cost.
    private static readonly MemberKeyCost Fast = new(8 * 1024, 1);

    [Fact]
    public void Several_secrets_sealed_at_once_open_each_only_for_its_recipient_and_context()
    {
        using var county = Key.Create(KeyAgreementAlgorithm.X25519);
        using var province = Key.Create(KeyAgreementAlgorithm.X25519);
        byte[] Public(Key key) => key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        var (dataKey, part) = (RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32));
        var (tipContext, partContext) = ("tip-key"u8.ToArray(), "identity-part"u8.ToArray());

        var boxes = SealedBox.SealMany([(Public(county), tipContext, dataKey), (Public(province), tipContext, dataKey), (Public(county), partContext, part)]);

        Assert.Equal(dataKey, SealedBox.Open(county, boxes[0], tipContext));
        Assert.Equal(dataKey, SealedBox.Open(province, boxes[1], tipContext));
        Assert.Equal(part, SealedBox.Open(county, boxes[2], partContext));
        Assert.Null(SealedBox.Open(province, boxes[0], tipContext));
        Assert.Null(SealedBox.Open(county, boxes[2], tipContext));
        Assert.Null(SealedBox.Open(county, boxes[0], partContext));
        // One ephemeral key for the lot, yet no two boxes share a wrapping key: the same recipient and context twice is refused.
        Assert.Equal(boxes[0].AsSpan(1, 32).ToArray(), boxes[2].AsSpan(1, 32).ToArray());
        Assert.Throws<ArgumentException>(() => SealedBox.SealMany([(Public(county), tipContext, dataKey), (Public(county), tipContext, part)]));
    }

    [Fact]
    public void A_sealed_secret_opens_only_with_its_recipients_key_and_only_in_its_own_context()
    {
        using var recipient = Key.Create(KeyAgreementAlgorithm.X25519);
        using var other = Key.Create(KeyAgreementAlgorithm.X25519);
        var secret = RandomNumberGenerator.GetBytes(32);
        var box = SealedBox.Seal(recipient.PublicKey.Export(KeyBlobFormat.RawPublicKey), secret, "tip 1"u8);

        Assert.Equal(secret, SealedBox.Open(recipient, box, "tip 1"u8));
        Assert.Null(SealedBox.Open(other, box, "tip 1"u8));
        Assert.Null(SealedBox.Open(recipient, box, "tip 2"u8));
        var tampered = (byte[])box.Clone();
        tampered[^1] ^= 1;
        Assert.Null(SealedBox.Open(recipient, tampered, "tip 1"u8));
        Assert.Null(SealedBox.Open(recipient, box.AsSpan(0, 20), "tip 1"u8));
        Assert.DoesNotContain(Convert.ToHexString(secret), Convert.ToHexString(box), StringComparison.Ordinal);
        Assert.NotEqual(box, SealedBox.Seal(recipient.PublicKey.Export(KeyBlobFormat.RawPublicKey), secret, "tip 1"u8));
    }

    [Fact]
    public void A_member_key_unlocks_with_the_password_only_and_survives_a_password_change_at_the_production_cost()
    {
        var member = MemberKey.Create("正确的口令 2026!");

        Assert.Equal(MemberKeyCost.Default, member.Cost);
        Assert.Null(member.Unlock("错误的口令"));
        using (var key = member.Unlock("正确的口令 2026!"))
        {
            Assert.Equal(member.PublicKey, key!.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        }

        Assert.Null(member.Rewrap("错误的口令", "新口令"));
        var changed = member.Rewrap("正确的口令 2026!", "新的口令 2027!")!;
        Assert.Null(changed.Unlock("正确的口令 2026!"));
        using var reopened = changed.Unlock("新的口令 2027!");
        Assert.Equal(member.PublicKey, reopened!.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        Assert.NotEqual(member.Salt, changed.Salt);
    }

    [Fact]
    public void Intake_seals_with_public_keys_only_and_a_tip_opens_for_a_member_of_its_units_and_for_nobody_else()
    {
        var (chengguan, lanzhou, province) = (Officer("城关 officer"), Officer("兰州 officer"), Officer("省厅 officer"));
        var outsider = Officer("白银 officer");
        var recoveryPublic = RecoveryKey.Create().PublicKey;
        var units = new[]
        {
            UnitKey.Create("620102", 1, [("chengguan", chengguan.Key.PublicKey)], recoveryPublic),
            UnitKey.Create("620100", 1, [("lanzhou", lanzhou.Key.PublicKey)], recoveryPublic),
            UnitKey.Create("province", 1, [("province", province.Key.PublicKey)], recoveryPublic),
        };
        var baiyin = UnitKey.Create("620400", 1, [("baiyin", outsider.Key.PublicKey)], recoveryPublic);
        var tipId = Guid.NewGuid();
        var dataKey = RandomNumberGenerator.GetBytes(32);

        var shares = TipSeal.Seal(dataKey, tipId, units.Select(u => new UnitRecipient(u.Unit, u.Generation, u.PublicKey)));

        foreach (var (id, officer) in new[] { ("chengguan", chengguan), ("lanzhou", lanzhou), ("province", province) })
        {
            using var session = SignIn(id, officer, [.. units, baiyin]);
            Assert.Equal(dataKey, TipSeal.Open(tipId, shares, session));
            Assert.Null(TipSeal.Open(Guid.NewGuid(), shares, session)); // the same shares on another tip open nothing
        }

        using (var stranger = SignIn("baiyin", outsider, [.. units, baiyin]))
        {
            Assert.Null(TipSeal.Open(tipId, shares, stranger));
        }

        // A member's session that is over opens nothing; a wrong password opens no session at all.
        var ended = SignIn("chengguan", chengguan, units);
        ended.Dispose();
        Assert.Null(TipSeal.Open(tipId, shares, ended));
        Assert.Null(chengguan.Key.Unlock("不是这个口令"));
    }

    [Fact]
    public void A_joining_officer_gets_the_unit_key_from_a_member_and_a_leaving_one_opens_no_tip_of_the_next_generation()
    {
        var (first, joining) = (Officer("first"), Officer("joining"));
        var recoveryPublic = RecoveryKey.Create().PublicKey;
        var generation1 = UnitKey.Create("620102", 1, [("first", first.Key.PublicKey)], recoveryPublic);
        var oldTip = Guid.NewGuid();
        var oldShares = TipSeal.Seal(RandomNumberGenerator.GetBytes(32), oldTip, [new UnitRecipient("620102", 1, generation1.PublicKey)]);

        // Nobody can grant with a key that is not the unit's.
        using var wrong = Key.Create(KeyAgreementAlgorithm.X25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        Assert.Throws<ArgumentException>(() => generation1.Grant(wrong, "joining", joining.Key.PublicKey));

        using (var firstSession = SignIn("first", first, [generation1]))
        {
            generation1 = generation1.Grant(firstSession.Find("620102", 1)!, "joining", joining.Key.PublicKey);
        }

        using (var joined = SignIn("joining", joining, [generation1]))
        {
            Assert.NotNull(TipSeal.Open(oldTip, oldShares, joined));
        }

        // "joining" leaves: their share goes, and tips from then on are sealed to a new generation without them.
        generation1 = generation1.Revoke("joining");
        var generation2 = UnitKey.Create("620102", 2, [("first", first.Key.PublicKey)], recoveryPublic);
        var newTip = Guid.NewGuid();
        var newShares = TipSeal.Seal(RandomNumberGenerator.GetBytes(32), newTip, [new UnitRecipient("620102", 2, generation2.PublicKey)]);
        using (var left = SignIn("joining", joining, [generation1, generation2]))
        {
            Assert.Empty(left.Units);
            Assert.Null(TipSeal.Open(newTip, newShares, left));
        }

        using var stayed = SignIn("first", first, [generation1, generation2]);
        Assert.NotNull(TipSeal.Open(oldTip, oldShares, stayed));
        Assert.NotNull(TipSeal.Open(newTip, newShares, stayed));
    }

    [Fact]
    public void The_printed_recovery_digits_restore_a_unit_whose_members_are_gone_and_a_mistyped_group_is_named()
    {
        var (digits, recoveryPublic) = RecoveryKey.Create();
        var gone = Officer("gone");
        var unit = UnitKey.Create("620102", 1, [("gone", gone.Key.PublicKey)], recoveryPublic).Revoke("gone");
        var tipId = Guid.NewGuid();
        var dataKey = RandomNumberGenerator.GetBytes(32);
        var shares = TipSeal.Seal(dataKey, tipId, [new UnitRecipient(unit.Unit, unit.Generation, unit.PublicKey)]);

        Assert.Equal(RecoveryKey.Groups, digits.Split('-').Length);
        Assert.All(digits.Split('-'), group => Assert.Equal(0, int.Parse(group, System.Globalization.CultureInfo.InvariantCulture) % 11));
        var typed = digits.Replace('-', ' ');
        var (recovery, wrong) = RecoveryKey.Parse(typed);
        Assert.Empty(wrong);
        using var unitKey = unit.OpenWithRecovery(recovery!);
        recovery!.Dispose();
        using var session = new UnitKeySession();
        session.Add(unit.Unit, unit.Generation, unitKey!);
        Assert.Equal(dataKey, TipSeal.Open(tipId, shares, session));

        // One digit wrong in the third group: the third group is named, and nothing is opened.
        var groups = digits.Split('-');
        groups[2] = (groups[2][0] == '9' ? '0' : (char)(groups[2][0] + 1)) + groups[2][1..];
        var (none, named) = RecoveryKey.Parse(string.Join('-', groups));
        Assert.Null(none);
        Assert.Equal([3], named);
    }

    [Theory]
    [InlineData(0, 1024)]
    [InlineData(1, 1024)]
    [InlineData(1020, 1024)]
    [InlineData(1021, 4096)]
    [InlineData(200_000, 256 * 1024)]
    [InlineData(262_141, 1024 * 1024)]
    [InlineData(3_500_000, 4 * 1024 * 1024)]
    public void Padding_leaves_only_the_size_class_and_gives_the_bytes_back(int length, int padded)
    {
        var content = RandomNumberGenerator.GetBytes(length);

        var result = SizeClasses.Pad(content);

        Assert.Equal(padded, result.Length);
        Assert.Equal(content, SizeClasses.Unpad(result));
        Assert.Null(SizeClasses.Unpad(result.AsSpan(0, result.Length - 1)));
    }

    [Fact]
    public void A_briefand_a_lengthymessage_of_one_class_have_ciphertexts_of_one_size()
    {
        using var unit = Key.Create(KeyAgreementAlgorithm.X25519);
        var publicKey = unit.PublicKey.Export(KeyBlobFormat.RawPublicKey);

        var brief = SealedBox.Seal(publicKey, SizeClasses.Pad(System.Text.Encoding.UTF8.GetBytes("在兰州站")), "m"u8);
        var lengthy = SealedBox.Seal(publicKey, SizeClasses.Pad(System.Text.Encoding.UTF8.GetBytes(new string('拐', 300))), "m"u8);

        Assert.Equal(brief.Length, lengthy.Length);
        Assert.Equal("在兰州站", System.Text.Encoding.UTF8.GetString(SizeClasses.Unpad(SealedBox.Open(unit, brief, "m"u8))!));
    }

    private static (MemberKey Key, string Password) Officer(string name) => (MemberKey.Create(name + " 的口令", Fast), name + " 的口令");

    private static UnitKeySession SignIn(string memberId, (MemberKey Key, string Password) officer, IEnumerable<UnitKey> units)
    {
        using var key = officer.Key.Unlock(officer.Password)!;
        return UnitKeySession.Open(memberId, key, units);
    }
}
