using Portal.Content.Common;
using Portal.Content.Types;

namespace Portal.Web.PublicSite.Hubs;

/// <summary>The seven audience hubs, one per group of readers the implementation rules address: which live items each lists, in which sections.</summary>
public static class HubDefinitions
{
    /// <summary>What readers read or download; alerts have their own page and expire.</summary>
    public static readonly IReadOnlyList<ContentType> ReadingTypes =
        [ContentType.Article, ContentType.Page, ContentType.Resource, ContentType.Poster, ContentType.VenueKit, ContentType.Faq, ContentType.LegalText, ContentType.Lesson, ContentType.Curriculum];

    private static readonly IReadOnlyList<string> VenueSettings = ["transport-hubs", "hotel", "entertainment-venue"];

    private static readonly IReadOnlyList<ContentType> VenueMaterials = [ContentType.Poster, ContentType.VenueKit];

    private static readonly Dictionary<AudienceHub, HubDefinition> All = new()
    {
        [AudienceHub.Schools] = new(AudienceHub.Schools, "Schools",
        [
            .. SchoolLevel("Primary", "students-primary"),
            .. SchoolLevel("JuniorHigh", "students-junior-high"),
            .. SchoolLevel("SeniorHigh", "students-senior-high"),
            .. SchoolLevel("Vocational", "students-vocational"),
        ]),
        [AudienceHub.StationsAndVenues] = new(AudienceHub.StationsAndVenues, "Stations",
        [
            new("Hub_Stations_ForStaff") { Types = [ContentType.Article, ContentType.Faq], Audiences = ["frontline-staff"] },
            new("Hub_Stations_Posters", HubLayout.PostersByPaperSize) { Types = VenueMaterials, Settings = VenueSettings },
            new("Hub_Stations_Announcements", HubLayout.Announcements)
            {
                Types = [ContentType.VenueKit], Settings = VenueSettings,
                Where = item => item.Fields is VenueKitFields { AnnouncementScript.Length: > 0 },
            },
            new("Hub_Stations_ScreenLoops")
            {
                Types = [ContentType.VenueKit], Settings = VenueSettings,
                Where = item => item.Fields is VenueKitFields { ScreenLoopVideoAssetId: not null },
            },
        ]),
        [AudienceHub.AccessibleReading] = new(AudienceHub.AccessibleReading, "Accessible",
        [
            new("Hub_Accessible_EasyRead") { Renditions = [Rendition.EasyRead] },
            new("Hub_Accessible_LargePrint") { Renditions = [Rendition.LargePrint] },
            new("Hub_Accessible_Audio") { Renditions = [Rendition.Audio] },
            new("Hub_Accessible_SignLanguage") { Renditions = [Rendition.SignLanguage] },
            new("Hub_Accessible_Printable") { Types = [ContentType.Resource, ContentType.Poster], Audiences = ["people-with-disabilities"] },
        ])
        {
            ShowsQuickExit = true,
        },
        [AudienceHub.Families] = new(AudienceHub.Families, "Families",
        [
            new("Hub_Families_Parents") { Audiences = ["parents"] },
            new("Hub_Families_Rural") { Audiences = ["rural-communities"] },
        ])
        {
            ShowsQuickExit = true,
        },
        [AudienceHub.JobSeekers] = new(AudienceHub.JobSeekers, "JobSeekers",
        [
            new("Hub_JobSeekers_Fraud") { Topics = ["recruitment-fraud"] },
            new("Hub_JobSeekers_ForWorkers") { Audiences = ["migrant-workers"] },
        ])
        {
            PointsKey = "Hub_JobSeekers_Sign", PointCount = 5, ShowsQuickExit = true,
        },
        [AudienceHub.CrossBorderMarriage] = new(AudienceHub.CrossBorderMarriage, "Marriage",
        [
            new("Hub_Marriage_ForCouples") { Audiences = ["cross-border-marriage"] },
            new("Hub_Marriage_Fraud") { Topics = ["marriage-fraud"] },
        ])
        {
            PointsKey = "Hub_Marriage_Point", PointCount = 4, ShowsQuickExit = true,
        },
        [AudienceHub.Volunteers] = new(AudienceHub.Volunteers, "Volunteers",
        [
            new("Hub_Volunteers_ForVolunteers") { Types = [ContentType.Article, ContentType.Faq], Audiences = ["volunteers"] },
            new("Hub_Volunteers_Materials") { Types = [ContentType.Poster, ContentType.Resource, ContentType.VenueKit], Topics = ["how-to-report"] },
        ])
        {
            PointsKey = "Hub_Volunteers_Task", PointCount = 4, ShowsVolunteerSignUp = true,
        },
    };

    public static HubDefinition Of(AudienceHub hub) => All[hub];

    /// <summary>A school level: its curricula (with teacher guides and the pack) and its single lessons and resources.</summary>
    private static IEnumerable<HubSection> SchoolLevel(string level, string audience) =>
    [
        new("Hub_Schools_Curricula", HubLayout.Curricula) { GroupKey = $"Hub_Schools_{level}", Types = [ContentType.Curriculum], Audiences = [audience] },
        new("Hub_Schools_Lessons") { GroupKey = $"Hub_Schools_{level}", Types = [ContentType.Lesson, ContentType.Resource], Audiences = [audience] },
    ];
}
