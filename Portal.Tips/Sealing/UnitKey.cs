using System.Text;
using NSec.Cryptography;

namespace Portal.Tips.Sealing;

/// <summary>
/// One generation of a receiving unit's key pair (a county bureau, a prefecture, the provincial office). Tips are sealed
/// to its public key by intake, which needs no secret. Its private key exists only as shares: one sealed to each
/// member's <see cref="MemberKey"/> and one to the unit's offline <see cref="RecoveryKey"/>. When an officer leaves, their
/// share goes and the unit starts a new generation for tips from then on (what they could open before, they could
/// have copied; what comes after, they cannot).
/// </summary>
public sealed record UnitKey(string Unit, int Generation, byte[] PublicKey, IReadOnlyDictionary<string, byte[]> MemberShares, byte[] RecoveryShare)
{
    /// <summary>A new generation, shared with <paramref name="members"/> (id and public key) and the recovery key.</summary>
    public static UnitKey Create(string unit, int generation, IEnumerable<(string MemberId, byte[] PublicKey)> members, byte[] recoveryPublicKey)
    {
        ArgumentNullException.ThrowIfNull(members);
        using var key = Key.Create(KeyAgreementAlgorithm.X25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var privateKey = key.Export(KeyBlobFormat.RawPrivateKey);
        try
        {
            var shares = members.ToDictionary(m => m.MemberId, m => SealedBox.Seal(m.PublicKey, privateKey, ShareContext(unit, generation, m.MemberId)), StringComparer.Ordinal);
            return new UnitKey(unit, generation, key.PublicKey.Export(KeyBlobFormat.RawPublicKey), shares,
                SealedBox.Seal(recoveryPublicKey, privateKey, ShareContext(unit, generation, RecoveryMember)));
        }
        finally
        {
            Array.Clear(privateKey);
        }
    }

    /// <summary>The unit's private key for a member's session, or null when the member holds no share that their key opens.</summary>
    public Key? Open(string memberId, Key memberKey) =>
        MemberShares.TryGetValue(memberId, out var share) ? Import(SealedBox.Open(memberKey, share, ShareContext(Unit, Generation, memberId))) : null;

    /// <summary>The unit's private key from its recovery key (a unit whose members are all gone).</summary>
    public Key? OpenWithRecovery(Key recoveryKey) => Import(SealedBox.Open(recoveryKey, RecoveryShare, ShareContext(Unit, Generation, RecoveryMember)));

    /// <summary>The same generation with a share for a joining member, given by someone who has the unit's key open.</summary>
    public UnitKey Grant(Key unitKey, string memberId, byte[] memberPublicKey)
    {
        ArgumentNullException.ThrowIfNull(unitKey);
        if (!unitKey.PublicKey.Export(KeyBlobFormat.RawPublicKey).AsSpan().SequenceEqual(PublicKey))
        {
            throw new ArgumentException("This is not the unit's key of this generation.", nameof(unitKey));
        }

        var shares = new Dictionary<string, byte[]>(MemberShares, StringComparer.Ordinal)
        {
            [memberId] = ShareFor(Unit, Generation, unitKey, memberId, memberPublicKey),
        };
        return this with { MemberShares = shares };
    }

    /// <summary>A joining member's share of a generation, sealed from the unit's key held open by a member.</summary>
    public static byte[] ShareFor(string unit, int generation, Key unitKey, string memberId, byte[] memberPublicKey)
    {
        ArgumentNullException.ThrowIfNull(unitKey);
        var privateKey = unitKey.Export(KeyBlobFormat.RawPrivateKey);
        try
        {
            return SealedBox.Seal(memberPublicKey, privateKey, ShareContext(unit, generation, memberId));
        }
        finally
        {
            Array.Clear(privateKey);
        }
    }

    /// <summary>The same generation without a leaving member's share (the unit then starts a new generation).</summary>
    public UnitKey Revoke(string memberId) =>
        this with { MemberShares = MemberShares.Where(s => s.Key != memberId).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal) };

    private const string RecoveryMember = "\u0000recovery";

    private static byte[] ShareContext(string unit, int generation, string memberId) =>
        Encoding.UTF8.GetBytes($"gansu-portal/unit-share/v1\u0000{unit}\u0000{generation}\u0000{memberId}");

    private static Key? Import(byte[]? privateKey)
    {
        if (privateKey is null)
        {
            return null;
        }

        try
        {
            return Key.Import(KeyAgreementAlgorithm.X25519, privateKey, KeyBlobFormat.RawPrivateKey, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        }
        finally
        {
            Array.Clear(privateKey);
        }
    }
}
