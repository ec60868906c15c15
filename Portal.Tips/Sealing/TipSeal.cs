using System.Text;
using NSec.Cryptography;

namespace Portal.Tips.Sealing;

/// <summary>A tip's data key sealed to one generation of one unit's key.</summary>
public sealed record UnitShare(string Unit, int Generation, byte[] Sealed);

/// <summary>A unit's public key of a generation: what intake seals to.</summary>
public sealed record UnitRecipient(string Unit, int Generation, byte[] PublicKey);

/// <summary>
/// Seals a tip's data key to the units that may read the tip (the county its place routes to, that county's
/// prefecture and the provincial office), with the tip's id in every share's context so that a share copied onto
/// another tip opens nothing. The server keeps the shares only: no copy of the data key, no secret that opens them.
/// </summary>
public static class TipSeal
{
    public static IReadOnlyList<UnitShare> Seal(ReadOnlySpan<byte> dataKey, Guid tipId, IEnumerable<UnitRecipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var list = recipients.ToList();
        var key = dataKey.ToArray();
        var boxes = SealedBox.SealMany([.. list.Select(r => (r.PublicKey, Context(tipId, r.Unit, r.Generation), key))]);
        Array.Clear(key);
        return [.. list.Select((r, i) => new UnitShare(r.Unit, r.Generation, boxes[i]))];
    }

    /// <summary>The data key, opened with whichever of the session's unit keys has a share; null when none has.</summary>
    public static byte[]? Open(Guid tipId, IEnumerable<UnitShare> shares, UnitKeySession session)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(session);
        foreach (var share in shares)
        {
            if (session.Find(share.Unit, share.Generation) is { } key
                && SealedBox.Open(key, share.Sealed, Context(tipId, share.Unit, share.Generation)) is { } dataKey)
            {
                return dataKey;
            }
        }

        return null;
    }

    internal static byte[] Context(Guid tipId, string unit, int generation) =>
        Encoding.UTF8.GetBytes($"gansu-portal/tip-data-key/v1\u0000{tipId:D}\u0000{unit}\u0000{generation}");
}
