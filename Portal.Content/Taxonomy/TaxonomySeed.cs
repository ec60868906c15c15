using Portal.Content.Common;
using Portal.Storage.Regions;

namespace Portal.Content.Taxonomy;

/// <summary>
/// The terms every installation starts with (inserted into a new database by <see cref="TaxonomyReferenceData"/>, ids
/// derived from vocabulary and key). Audience, Setting and Topic name the readers, places and subjects the implementation
/// rules address; Region is Gansu's divisions from
/// <see cref="GansuDivisions"/> (prefectures, Lanzhou New Area and counties, with the list's own hierarchy).
/// </summary>
internal static class TaxonomySeed
{
    public const string IntellectualDisability = "disability-intellectual";

    public sealed record SeedTerm(Term Term, IReadOnlyList<TermLabel> Labels);

    private static readonly (Vocabulary Vocabulary, string Key, string? Parent, string Zh, string En)[] Fixed =
    [
        (Vocabulary.Audience, "students", null, "学生", "Students"),
        (Vocabulary.Audience, "students-primary", "students", "小学生", "Primary school pupils"),
        (Vocabulary.Audience, "students-junior-high", "students", "初中生", "Junior high school students"),
        (Vocabulary.Audience, "students-senior-high", "students", "高中生", "Senior high school students"),
        (Vocabulary.Audience, "students-vocational", "students", "职业院校学生", "Vocational school students"),
        (Vocabulary.Audience, "teachers", null, "教师", "Teachers"),
        (Vocabulary.Audience, "parents", null, "家长和监护人", "Parents and guardians"),
        (Vocabulary.Audience, "rural-communities", null, "农村群众", "Rural communities"),
        (Vocabulary.Audience, "migrant-workers", null, "外出务工人员和求职者", "Migrant workers and job seekers"),
        (Vocabulary.Audience, "travellers", null, "旅客", "Travellers"),
        (Vocabulary.Audience, "frontline-staff", null, "车站、场所和酒店工作人员", "Station, venue and hotel staff"),
        (Vocabulary.Audience, "people-with-disabilities", null, "残疾人", "People with disabilities"),
        (Vocabulary.Audience, "disability-visual", "people-with-disabilities", "视力残疾人", "People with visual disabilities"),
        (Vocabulary.Audience, "disability-hearing", "people-with-disabilities", "听力残疾人", "People with hearing disabilities"),
        (Vocabulary.Audience, IntellectualDisability, "people-with-disabilities", "智力残疾人", "People with intellectual disabilities"),
        (Vocabulary.Audience, "cross-border-marriage", null, "涉外婚姻当事人", "People in cross-border marriages"),
        (Vocabulary.Audience, "volunteers", null, "反拐志愿者", "Anti-trafficking volunteers"),
        (Vocabulary.Audience, "general-public", null, "社会公众", "General public"),

        (Vocabulary.Setting, "school", null, "学校", "School"),
        (Vocabulary.Setting, "transport-hubs", null, "交通场站", "Transport hubs"),
        (Vocabulary.Setting, "railway-station", "transport-hubs", "火车站", "Railway station"),
        (Vocabulary.Setting, "bus-station", "transport-hubs", "汽车站", "Bus station"),
        (Vocabulary.Setting, "airport", "transport-hubs", "机场", "Airport"),
        (Vocabulary.Setting, "port", "transport-hubs", "口岸", "Port of entry"),
        (Vocabulary.Setting, "hotel", null, "宾馆酒店", "Hotel"),
        (Vocabulary.Setting, "entertainment-venue", null, "娱乐场所", "Entertainment venue"),
        (Vocabulary.Setting, "community", null, "社区和村", "Community"),
        (Vocabulary.Setting, "online", null, "网络", "Online"),

        (Vocabulary.Topic, "recruitment-fraud", null, "招工诈骗", "Recruitment fraud"),
        (Vocabulary.Topic, "child-abduction", null, "拐卖儿童", "Child abduction"),
        (Vocabulary.Topic, "marriage-fraud", null, "婚姻诈骗和买卖婚姻", "Marriage fraud"),
        (Vocabulary.Topic, "forced-labour", null, "强迫劳动", "Forced labour"),
        (Vocabulary.Topic, "online-lures", null, "网络诱骗", "Online lures"),
        (Vocabulary.Topic, "illegal-adoption", null, "非法收养", "Illegal adoption"),
        (Vocabulary.Topic, "forced-begging", null, "强迫乞讨", "Forced begging"),
        (Vocabulary.Topic, "sexual-exploitation", null, "性剥削", "Sexual exploitation"),
        (Vocabulary.Topic, "organ-trafficking", null, "非法摘取器官", "Organ trafficking"),
        (Vocabulary.Topic, "how-to-report", null, "如何举报", "How to report"),
        (Vocabulary.Topic, "victims-rights", null, "被拐卖受害人权益", "Rights of victims"),

        (Vocabulary.GradeBand, "primary", null, "小学", "Primary school"),
        (Vocabulary.GradeBand, "junior-high", null, "初中", "Junior high school"),
        (Vocabulary.GradeBand, "senior-high", null, "高中", "Senior high school"),
        (Vocabulary.GradeBand, "vocational", null, "职业院校", "Vocational school"),
    ];

    public static Guid IdOf(Vocabulary vocabulary, string key) => SeedIds.For("term", $"{vocabulary}:{key}");

    public static IReadOnlyList<SeedTerm> Terms { get; } = Build();

    private static List<SeedTerm> Build()
    {
        var rows = Fixed.ToList();
        rows.AddRange(GansuDivisions.Instance.All.Select(d => (Vocabulary.Region, d.Key, d.ParentKey, d.NameZh, d.NameEn)));
        var order = new Dictionary<(Vocabulary, string?), int>();
        return rows.ConvertAll(row =>
        {
            var position = order[(row.Vocabulary, row.Parent)] = order.GetValueOrDefault((row.Vocabulary, row.Parent)) + 1;
            var id = IdOf(row.Vocabulary, row.Key);
            var term = new Term
            {
                Id = id,
                Vocabulary = row.Vocabulary,
                Key = row.Key,
                ParentId = row.Parent is null ? null : IdOf(row.Vocabulary, row.Parent),
                SortOrder = position,
            };
            return new SeedTerm(term, [
                new TermLabel { TermId = id, Culture = ContentCultures.Chinese, Label = row.Zh },
                new TermLabel { TermId = id, Culture = ContentCultures.English, Label = row.En },
            ]);
        });
    }
}
