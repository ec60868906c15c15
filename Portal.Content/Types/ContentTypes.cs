using Portal.Content.Blocks;

namespace Portal.Content.Types;

/// <summary>What a content type is: its fields record, whether items form a tree, and which blocks its body may hold.</summary>
public sealed record ContentTypeDefinition(ContentType Type, Type FieldsType, bool HasParent, IReadOnlySet<string>? AllowedBlocks);

/// <summary>The content types, defined in code.</summary>
public static class ContentTypes
{
    private static readonly HashSet<string> TextOnly = [BlockTypes.RichText, BlockTypes.Heading, BlockTypes.Callout, BlockTypes.DownloadList, BlockTypes.Quote];

    private static readonly HashSet<string> Notice =
        [BlockTypes.RichText, BlockTypes.Heading, BlockTypes.Image, BlockTypes.Callout, BlockTypes.Steps, BlockTypes.ContentReference, BlockTypes.ReportTip];

    public static IReadOnlyDictionary<ContentType, ContentTypeDefinition> All { get; } = new Dictionary<ContentType, ContentTypeDefinition>
    {
        [ContentType.Page] = new(ContentType.Page, typeof(PageFields), HasParent: true, AllowedBlocks: null),
        [ContentType.Article] = new(ContentType.Article, typeof(ArticleFields), HasParent: false, AllowedBlocks: null),
        [ContentType.Lesson] = new(ContentType.Lesson, typeof(LessonFields), HasParent: false, AllowedBlocks: null),
        [ContentType.Curriculum] = new(ContentType.Curriculum, typeof(CurriculumFields), HasParent: false, AllowedBlocks: null),
        [ContentType.Resource] = new(ContentType.Resource, typeof(ResourceFields), HasParent: false, AllowedBlocks: null),
        [ContentType.Poster] = new(ContentType.Poster, typeof(PosterFields), HasParent: false, AllowedBlocks: TextOnly),
        [ContentType.VenueKit] = new(ContentType.VenueKit, typeof(VenueKitFields), HasParent: false, AllowedBlocks: null),
        [ContentType.Alert] = new(ContentType.Alert, typeof(AlertFields), HasParent: false, AllowedBlocks: Notice),
        [ContentType.Faq] = new(ContentType.Faq, typeof(FaqFields), HasParent: false, AllowedBlocks: null),
        [ContentType.LegalText] = new(ContentType.LegalText, typeof(LegalTextFields), HasParent: false, AllowedBlocks: TextOnly),
    };

    public static ContentTypeDefinition Of(ContentType type) => All[type];
}
