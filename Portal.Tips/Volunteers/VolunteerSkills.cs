namespace Portal.Tips.Volunteers;

/// <summary>The skills an applicant can tick; the pages show each as <c>Skill_{key}</c>.</summary>
public static class VolunteerSkills
{
    public const string LegalAid = "legal-aid";
    public const string Counselling = "counselling";
    public const string SocialWork = "social-work";
    public const string Teaching = "teaching";
    public const string SignLanguage = "sign-language";
    public const string Tibetan = "tibetan";
    public const string Dongxiang = "dongxiang";
    public const string Uyghur = "uyghur";
    public const string Mongolian = "mongolian";
    public const string Kazakh = "kazakh";
    public const string Salar = "salar";
    public const string Medical = "medical";
    public const string It = "it";
    public const string Design = "design";
    public const string Driving = "driving";

    public static readonly IReadOnlyList<string> All =
        [LegalAid, Counselling, SocialWork, Teaching, SignLanguage, Tibetan, Dongxiang, Uyghur, Mongolian, Kazakh, Salar, Medical, It, Design, Driving];

    /// <summary>The minority languages spoken in Gansu, grouped on the form.</summary>
    public static readonly IReadOnlySet<string> Languages = new HashSet<string>([Tibetan, Dongxiang, Uyghur, Mongolian, Kazakh, Salar], StringComparer.Ordinal);
}

/// <summary>Qualifications a coordinator records; a shift can require one valid on its day.</summary>
public static class VolunteerQualifications
{
    public const string FirstAid = "first-aid";
    public const string ChildSafeguarding = "child-safeguarding";
    public const string AntiTraffickingTraining = "anti-trafficking-training";
    public const string BackgroundCheck = "background-check";
    public const string DrivingLicence = "driving-licence";

    public static readonly IReadOnlyList<string> All = [FirstAid, ChildSafeguarding, AntiTraffickingTraining, BackgroundCheck, DrivingLicence];
}
