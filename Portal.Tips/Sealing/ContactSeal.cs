using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NSec.Cryptography;

namespace Portal.Tips.Sealing;

/// <summary>
/// A named or professional reporter's identity, sealed apart from the rest of the tip: under its own key, split in two
/// parts that both are needed (the key is their XOR). Part A is sealed to the tip's county and prefecture units, for a
/// supervisor's approval; part B to the provincial office. No single unit key, and so no single member, opens the
/// identity: each approver re-seals their part to a key that exists only in the asking investigator's session
/// (<see cref="IdentityDisclosures"/>). A tip routed to the province alone has both parts sealed to the province, and
/// two different members approve.
/// </summary>
public static class ContactSeal
{
    public const string PartA = "a";
    public const string PartB = "b";

    private sealed record Stored(List<StoredShare> A, List<StoredShare> B);

    private sealed record StoredShare(string U, int G, byte[] S);

    /// <summary>
    /// A new tip's data key sealed to <paramref name="readers"/> and, for a named reporter, a new identity key in two
    /// parts; all in one <see cref="SealedBox.SealMany"/>, so a tip costs one agreement per unit whatever it seals.
    /// </summary>
    public static (IReadOnlyList<UnitShare> DataKeyShares, byte[]? ContactKey, byte[]? Parts) SealNewTip(
        Guid tipId, byte[] dataKey, IReadOnlyList<UnitRecipient> readers, bool named)
        => SealNewTip(tipId, dataKey, readers, named, SealedBox.SealMany);

    internal static (IReadOnlyList<UnitShare> DataKeyShares, byte[]? ContactKey, byte[]? Parts) SealNewTip(
        Guid tipId, byte[] dataKey, IReadOnlyList<UnitRecipient> readers, bool named,
        Func<IReadOnlyList<(byte[] PublicKey, byte[] Context, byte[] Secret)>, IReadOnlyList<byte[]>> sealMany)
    {
        ArgumentNullException.ThrowIfNull(sealMany);
        ArgumentNullException.ThrowIfNull(readers);
        var province = readers.Where(r => r.Unit == Police.Jurisdictions.Province).ToList();
        var items = readers.Select(r => (r.PublicKey, TipSeal.Context(tipId, r.Unit, r.Generation), dataKey)).ToList();
        if (!named || province.Count == 0)
        {
            var only = sealMany(items);
            return ([.. readers.Select((r, i) => new UnitShare(r.Unit, r.Generation, only[i]))], null, null);
        }

        var local = readers.Where(r => r.Unit != Police.Jurisdictions.Province).ToList();
        var partA = local.Count > 0 ? local : province;
        var contactKey = RandomNumberGenerator.GetBytes(32);
        var a = RandomNumberGenerator.GetBytes(32);
        var b = Combine(contactKey, a);
        items.AddRange(partA.Select(r => (r.PublicKey, Context(tipId, PartA, r.Unit, r.Generation), a)));
        items.AddRange(province.Select(r => (r.PublicKey, Context(tipId, PartB, r.Unit, r.Generation), b)));
        var boxes = sealMany(items);
        Array.Clear(a);
        Array.Clear(b);
        var shares = readers.Select((r, i) => new UnitShare(r.Unit, r.Generation, boxes[i])).ToList();
        var stored = new Stored(
            [.. partA.Select((r, i) => new StoredShare(r.Unit, r.Generation, boxes[readers.Count + i]))],
            [.. province.Select((r, i) => new StoredShare(r.Unit, r.Generation, boxes[readers.Count + partA.Count + i]))]);
        return (shares, contactKey, JsonSerializer.SerializeToUtf8Bytes(stored));
    }

    /// <summary>One part, opened with whichever unit key of <paramref name="session"/> has a share of it; null when none has.</summary>
    public static byte[]? OpenPart(Guid tipId, byte[] parts, string part, UnitKeySession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var stored = JsonSerializer.Deserialize<Stored>(parts) ?? throw new InvalidDataException("The identity's parts are empty.");
        foreach (var share in part == PartA ? stored.A : stored.B)
        {
            if (session.Find(share.U, share.G) is { } key && SealedBox.Open(key, share.S, Context(tipId, part, share.U, share.G)) is { } opened)
            {
                return opened;
            }
        }

        return null;
    }

    /// <summary>An approver's part, sealed to the request's key (held only by the asking investigator's session).</summary>
    public static byte[] SealForRequest(byte[] partValue, Guid requestId, string part, ReadOnlySpan<byte> requestPublicKey) =>
        SealedBox.Seal(requestPublicKey, partValue, RequestContext(requestId, part));

    public static byte[]? OpenForRequest(Key requestKey, byte[] sealedPart, Guid requestId, string part) =>
        SealedBox.Open(requestKey, sealedPart, RequestContext(requestId, part));

    public static byte[] Combine(ReadOnlySpan<byte> one, ReadOnlySpan<byte> other)
    {
        var result = new byte[one.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (byte)(one[i] ^ other[i]);
        }

        return result;
    }

    private static byte[] Context(Guid tipId, string part, string unit, int generation) =>
        Encoding.UTF8.GetBytes($"gansu-portal/contact-part/v1\u0000{tipId:D}\u0000{part}\u0000{unit}\u0000{generation}");

    private static byte[] RequestContext(Guid requestId, string part) =>
        Encoding.UTF8.GetBytes($"gansu-portal/identity-disclosure/v1\u0000{requestId:D}\u0000{part}");
}
