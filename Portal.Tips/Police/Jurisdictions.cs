using Portal.Storage.Regions;

namespace Portal.Tips.Police;

/// <summary>
/// Police jurisdictions are Gansu's divisions (the embedded list is the seed data) plus the provincial queue.
/// A tip routes to the county it names, else its prefecture, else — another province or no place — the province.
/// A grant of a prefecture covers its counties; a grant of the province (the provincial criminal investigation
/// corps) covers everything.
/// </summary>
public static class Jurisdictions
{
    public const string Province = "province";

    public static string RouteOf(string? prefectureKey, string? countyKey) => countyKey ?? prefectureKey ?? Province;

    public static bool IsKnown(string? key) => key == Province || GansuDivisions.Instance.Find(key) is not null;

    /// <summary>Whether a grant of <paramref name="grantKey"/> lets an officer see a tip routed to <paramref name="routedKey"/>.</summary>
    public static bool Covers(string grantKey, string routedKey) =>
        grantKey == Province
        || grantKey == routedKey
        || GansuDivisions.Instance.Find(routedKey)?.ParentKey == grantKey;

    /// <summary>Every routing key a set of grants covers, or null when one of them is the province (all keys).</summary>
    public static IReadOnlySet<string>? Expand(IEnumerable<string> grantKeys)
    {
        ArgumentNullException.ThrowIfNull(grantKeys);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var grant in grantKeys)
        {
            if (grant == Province)
            {
                return null;
            }

            keys.Add(grant);
            foreach (var county in GansuDivisions.Instance.Under(grant))
            {
                keys.Add(county.Key);
            }
        }

        return keys;
    }

    public static string Name(string key, bool chinese) =>
        key == Province ? (chinese ? "省级（其他省份或未说明地点）" : "Province (other provinces or no place)")
        : GansuDivisions.Instance.Find(key)?.Name(chinese) ?? key;
}
