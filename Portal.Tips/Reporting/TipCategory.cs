namespace Portal.Tips.Reporting;

/// <summary>What a tip is about; the codes are stored and shown through the UI's resource strings.</summary>
public static class TipCategory
{
    public const string ChildAbduction = "child-abduction";
    public const string TraffickingOfWomen = "trafficking-of-women";
    public const string ForcedLabour = "forced-labour";
    public const string ForcedBegging = "forced-begging";
    public const string SexualExploitation = "sexual-exploitation";
    public const string IllegalAdoptionOnline = "illegal-adoption-online";
    public const string IllegalMarriageOrJobAgency = "illegal-agency";
    public const string OrganTrafficking = "organ-trafficking";
    public const string SuspiciousOnlineContent = "suspicious-online-content";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
    [
        ChildAbduction, TraffickingOfWomen, ForcedLabour, ForcedBegging, SexualExploitation,
        IllegalAdoptionOnline, IllegalMarriageOrJobAgency, OrganTrafficking, SuspiciousOnlineContent, Other,
    ];
}
