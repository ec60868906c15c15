using Portal.Tips.Police;
using Portal.Storage.Regions;

namespace Portal.Web.Police;

/// <summary>A jurisdiction in a picker: counties are labelled with their prefecture ("兰州市 · 城关区").</summary>
public sealed record JurisdictionChoice(string Key, string Label, bool IsCounty);

/// <summary>The jurisdictions offered by the police pickers (queue filter, transfer, grants).</summary>
public static class JurisdictionChoices
{
    public static string Label(string key, bool chinese)
    {
        var division = GansuDivisions.Instance.Find(key);
        if (division?.ParentKey is { } parent && GansuDivisions.Instance.Find(parent) is { } prefecture)
        {
            return $"{prefecture.Name(chinese)} · {division.Name(chinese)}";
        }

        return Jurisdictions.Name(key, chinese);
    }

    /// <summary>Every prefecture, each followed by its counties.</summary>
    public static IReadOnlyList<JurisdictionChoice> Divisions(bool chinese) =>
        [.. GansuDivisions.Instance.Prefectures.SelectMany(prefecture => Tree(prefecture.Key, chinese))];

    /// <summary>The province's own queue, then every division: where a tip can be transferred.</summary>
    public static IReadOnlyList<JurisdictionChoice> All(bool chinese) =>
        [new(Jurisdictions.Province, Jurisdictions.Name(Jurisdictions.Province, chinese), false), .. Divisions(chinese)];

    /// <summary>What a user's grants let them filter the queue by.</summary>
    public static IReadOnlyList<JurisdictionChoice> Within(IEnumerable<string> grants, bool chinese)
    {
        var keys = grants.ToList();
        if (keys.Contains(Jurisdictions.Province))
        {
            return Divisions(chinese);
        }

        var choices = new List<JurisdictionChoice>();
        foreach (var key in keys)
        {
            foreach (var choice in Tree(key, chinese))
            {
                if (choices.TrueForAll(c => c.Key != choice.Key))
                {
                    choices.Add(choice);
                }
            }
        }

        return choices;
    }

    private static IEnumerable<JurisdictionChoice> Tree(string key, bool chinese)
    {
        if (GansuDivisions.Instance.Find(key) is not { } division)
        {
            yield break;
        }

        yield return new(division.Key, Label(division.Key, chinese), division.Level != DivisionLevel.Prefecture);
        if (division.Level == DivisionLevel.Prefecture)
        {
            foreach (var county in GansuDivisions.Instance.Under(division.Key))
            {
                yield return new(county.Key, Label(county.Key, chinese), true);
            }
        }
    }
}
