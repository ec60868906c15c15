using Portal.Content.Common;
using Portal.Storage.Regions;

namespace Portal.Content.Departments;

/// <summary>
/// The departments every installation starts with (inserted at start-up by <see cref="DepartmentReferenceData"/>): the provincial joint conference against
/// trafficking, its 36 member units in the order of 第五条 of the implementation rules, and a conference for each
/// prefecture-level division and Lanzhou New Area (第七条). Administrators add county units and others later.
/// </summary>
public static class DepartmentSeed
{
    public const string RootKey = "joint-conference";
    public const string PublicityKey = "publicity";
    public const string PublicSecurityKey = "public-security";

    private static readonly (string Key, string Zh, string En)[] MemberUnits =
    [
        (PublicSecurityKey, "省公安厅", "Provincial Public Security Department"),
        (PublicityKey, "省委宣传部", "Publicity Department of the Provincial Party Committee"),
        ("political-legal", "省委政法委", "Political and Legal Affairs Commission of the Provincial Party Committee"),
        ("court", "省法院", "Provincial High People's Court"),
        ("procuratorate", "省检察院", "Provincial People's Procuratorate"),
        ("cyberspace", "省委网信办", "Cyberspace Affairs Office of the Provincial Party Committee"),
        ("letters-calls", "省信访局", "Provincial Bureau of Letters and Calls"),
        ("legislative-affairs", "省人大常委会法工委", "Legislative Affairs Commission of the Provincial People's Congress Standing Committee"),
        ("development-reform", "省发展改革委", "Provincial Development and Reform Commission"),
        ("education", "省教育厅", "Provincial Department of Education"),
        ("industry-it", "省工信厅", "Provincial Department of Industry and Information Technology"),
        ("ethnic-affairs", "省民委", "Provincial Ethnic Affairs Commission"),
        ("civil-affairs", "省民政厅", "Provincial Department of Civil Affairs"),
        ("justice", "省司法厅", "Provincial Department of Justice"),
        ("finance", "省财政厅", "Provincial Department of Finance"),
        ("human-resources", "省人社厅", "Provincial Department of Human Resources and Social Security"),
        ("housing", "省住建厅", "Provincial Department of Housing and Urban-Rural Development"),
        ("transport", "省交通运输厅", "Provincial Department of Transport"),
        ("agriculture", "省农业农村厅", "Provincial Department of Agriculture and Rural Affairs"),
        ("commerce", "省商务厅", "Provincial Department of Commerce"),
        ("culture-tourism", "省文旅厅", "Provincial Department of Culture and Tourism"),
        ("health", "省卫生健康委", "Provincial Health Commission"),
        ("foreign-affairs", "省政府外事办", "Foreign Affairs Office of the Provincial Government"),
        ("state-assets", "省政府国资委", "State-owned Assets Supervision and Administration Commission of the Provincial Government"),
        ("market-regulation", "省市场监管局", "Provincial Administration for Market Regulation"),
        ("radio-tv", "省广电局", "Provincial Radio and Television Administration"),
        ("rural-revitalisation", "省乡村振兴局", "Provincial Rural Revitalisation Bureau"),
        ("trade-unions", "省总工会", "Provincial Federation of Trade Unions"),
        ("youth-league", "团省委", "Provincial Committee of the Communist Youth League"),
        ("womens-federation", "省妇联", "Provincial Women's Federation"),
        ("disabled-persons-federation", "省残联", "Provincial Disabled Persons' Federation"),
        ("women-children-committee", "省政府妇儿工委办", "Office of the Provincial Government Working Committee on Women and Children"),
        ("next-generation", "省关心下一代工作委员会", "Provincial Committee for the Care of the Next Generation"),
        ("railway-lanzhou", "中铁兰州局集团公司", "China Railway Lanzhou Group"),
        ("communications", "省通信管理局", "Provincial Communications Administration"),
        ("airports", "省民航机场集团公司", "Gansu Civil Aviation Airport Group"),
    ];

    public static Guid IdOf(string key) => SeedIds.For("department", key);

    public static Guid RootId => IdOf(RootKey);

    public static Guid PublicityId => IdOf(PublicityKey);

    /// <summary>The prefecture-level conference for a division key such as <c>620100</c> or <c>lanzhou-new-area</c>.</summary>
    public static string ConferenceKey(string divisionKey) => "conference-" + divisionKey;

    public static IReadOnlyList<string> MemberUnitKeys { get; } = [.. MemberUnits.Select(unit => unit.Key)];

    internal static IReadOnlyList<Department> All { get; } = Build();

    private static List<Department> Build()
    {
        var departments = new List<Department>
        {
            new() { Id = RootId, Key = RootKey, NameZh = "甘肃省反对拐卖人口联席会议", NameEn = "Gansu Joint Conference against Trafficking in Persons", SortOrder = 0 },
        };
        departments.AddRange(MemberUnits.Select((unit, index) => new Department
        {
            Id = IdOf(unit.Key), Key = unit.Key, NameZh = unit.Zh, NameEn = unit.En, ParentId = RootId, SortOrder = index + 1,
        }));
        var divisions = GansuDivisions.Instance.All.Where(d => d.Level is DivisionLevel.Prefecture or DivisionLevel.NewArea);
        departments.AddRange(divisions.Select((division, index) => new Department
        {
            Id = IdOf(ConferenceKey(division.Key)),
            Key = ConferenceKey(division.Key),
            NameZh = division.NameZh + "反对拐卖人口联席会议",
            NameEn = division.NameEn + " Joint Conference against Trafficking in Persons",
            ParentId = RootId,
            SortOrder = 100 + index,
        }));
        return departments;
    }
}
