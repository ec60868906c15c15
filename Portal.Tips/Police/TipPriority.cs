using Portal.Tips.Reporting;

namespace Portal.Tips.Police;

/// <summary>P1 is the most urgent. Stored as its number so the queue sorts on it.</summary>
public enum TipPriority
{
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4,
}

/// <summary>
/// The priority a tip gets on arrival, computed on the server. An officer may change it, with a reason.
/// P1: happening now and a child in danger (a child just gone missing, or a child category).
/// P2: happening now otherwise, or a child category that is not happening now.
/// P3: the other trafficking categories.
/// P4: suspicious online content and "other", when not happening now.
/// </summary>
internal static class PriorityRules
{
    private static readonly HashSet<string> ChildCategories =
        [TipCategory.ChildAbduction, TipCategory.IllegalAdoptionOnline, TipCategory.ForcedBegging];

    private static readonly HashSet<string> LowCategories = [TipCategory.SuspiciousOnlineContent, TipCategory.Other];

    public static TipPriority Compute(string category, bool happeningNow, bool childJustMissing)
    {
        var childAtRisk = childJustMissing || ChildCategories.Contains(category);
        if (childJustMissing || (happeningNow && childAtRisk))
        {
            return TipPriority.P1;
        }

        if (happeningNow || childAtRisk)
        {
            return TipPriority.P2;
        }

        return LowCategories.Contains(category) ? TipPriority.P4 : TipPriority.P3;
    }
}
