using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;

namespace Portal.Tests.PublicSite;

/// <summary>An editorial desk for the hub and download tests: uploads files and publishes items of any type, culture and rendition.</summary>
internal sealed class PublicListsHarness(IServiceProvider services, PortalNewsroom newsroom)
{
    public static async Task<PublicListsHarness> CreateAsync(IServiceProvider services) => new(services, await PortalNewsroom.CreateAsync(services));

    public PortalNewsroom Newsroom => newsroom;

    public async Task<Guid> UploadAsync(string fileName, byte[] bytes)
    {
        var uploaded = await services.GetRequiredService<MediaLibrary>().UploadAsync(newsroom.Editor, new MediaUpload
        {
            DepartmentId = newsroom.Department, FileName = fileName, Content = new MemoryStream(bytes),
            Texts = [new MediaTextInput(ContentCultures.Chinese, Alt: "测试图片：反拐海报"), new MediaTextInput(ContentCultures.English, Alt: "Test picture: anti-trafficking poster")],
        });
        Assert.True(uploaded.Succeeded, uploaded.ToString());
        return uploaded.Value!.Asset.Id;
    }

    public async Task<SavedVersion> DraftAsync(
        ContentType type, string title, ContentFields fields, Terms terms, string culture = ContentCultures.Chinese, Rendition rendition = Rendition.Standard,
        IReadOnlyList<Block>? blocks = null)
    {
        var created = await services.GetRequiredService<ContentEditor>().CreateAsync(newsroom.Editor, type, new NewContentItem
        {
            OwnerDepartmentId = newsroom.Department, Culture = culture, Rendition = rendition,
            Draft = new ContentDraft
            {
                Title = title, Summary = "测试摘要：识别拐卖的信号。", Fields = fields, Terms = terms.ToDictionary(),
                Blocks = blocks ?? [Drafts.Paragraph("<p>高薪招工、免费旅游、网上交友，都可能是拐卖的诱饵。</p>")],
            },
        });
        Assert.True(created.Succeeded, created.ToString());
        return created.Value!;
    }

    public async Task<SavedVersion> PublishedAsync(
        ContentType type, string title, ContentFields fields, Terms terms, string culture = ContentCultures.Chinese, Rendition rendition = Rendition.Standard,
        IReadOnlyList<Block>? blocks = null)
    {
        var saved = await DraftAsync(type, title, fields, terms, culture, rendition, blocks);
        await newsroom.PublishAsync(saved.VersionId);
        return saved;
    }

    public static LessonFields Lesson(string gradeBand, string objective = "知道陌生人常用的借口") => new()
    {
        GradeBand = gradeBand,
        Objectives = [objective],
        DurationMinutes = 40,
        Activities = [new LessonActivity { Title = "情景讨论", Minutes = 20, Description = "陌生人请你帮忙找小狗，你怎么办？" }],
        TeacherNotes = "先了解班级情况。",
        SafetyGuidance = "学生透露受侵害情况时，按强制报告制度立即报告学校和公安机关。",
    };
}

/// <summary>Term keys of a draft by vocabulary.</summary>
internal sealed record Terms(string[]? Audience = null, string[]? Setting = null, string[]? Topic = null, string[]? GradeBand = null)
{
    public Dictionary<Vocabulary, IReadOnlyList<string>> ToDictionary()
    {
        var terms = new Dictionary<Vocabulary, IReadOnlyList<string>>();
        void Add(Vocabulary vocabulary, string[]? keys)
        {
            if (keys is { Length: > 0 })
            {
                terms[vocabulary] = keys;
            }
        }

        Add(Vocabulary.Audience, Audience);
        Add(Vocabulary.Setting, Setting);
        Add(Vocabulary.Topic, Topic);
        Add(Vocabulary.GradeBand, GradeBand);
        return terms;
    }
}
