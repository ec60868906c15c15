using System.Text.Json;

namespace Portal.Tips.Sealing;

/// <summary>A sealed tip's shares as one column: read with the tip, so opening it costs no second query.</summary>
public static class UnitShares
{
    private sealed record Stored(string U, int G, byte[] S);

    public static byte[] ToBytes(IEnumerable<UnitShare> shares) =>
        JsonSerializer.SerializeToUtf8Bytes(shares.Select(s => new Stored(s.Unit, s.Generation, s.Sealed)).ToList());

    public static IReadOnlyList<UnitShare> FromBytes(byte[]? stored) =>
        stored is null or { Length: 0 }
            ? []
            : [.. (JsonSerializer.Deserialize<List<Stored>>(stored) ?? []).Select(s => new UnitShare(s.U, s.G, s.S))];

    /// <summary>The units that read a tip worked at <paramref name="jurisdictionKey"/> (after a transfer, say).</summary>
    public static IReadOnlyList<string> ReadersOf(string jurisdictionKey) =>
        Portal.Storage.Regions.GansuDivisions.Instance.Find(jurisdictionKey) is { } division
            ? division.Level == Portal.Storage.Regions.DivisionLevel.Prefecture ? ReadersOf(division.Key, null) : ReadersOf(division.ParentKey, division.Key)
            : ReadersOf(null, null);

    /// <summary>The units a tip's key is sealed to: where it routes, that county's prefecture, and the province.</summary>
    public static IReadOnlyList<string> ReadersOf(string? prefectureKey, string? countyKey) =>
        [.. new[] { countyKey, prefectureKey, Police.Jurisdictions.Province }.OfType<string>().Distinct(StringComparer.Ordinal)];
}
