using System.Text.Json.Serialization;
using Portal.Content.Common;
using Portal.Content.Taxonomy;

namespace Portal.Content.Types;

/// <summary>
/// A content type's own fields, stored as JSON in the version row next to the blocks. One record per type; the
/// discriminator is the type's name in camelCase.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PageFields), "page")]
[JsonDerivedType(typeof(ArticleFields), "article")]
[JsonDerivedType(typeof(LessonFields), "lesson")]
[JsonDerivedType(typeof(CurriculumFields), "curriculum")]
[JsonDerivedType(typeof(ResourceFields), "resource")]
[JsonDerivedType(typeof(PosterFields), "poster")]
[JsonDerivedType(typeof(VenueKitFields), "venueKit")]
[JsonDerivedType(typeof(AlertFields), "alert")]
[JsonDerivedType(typeof(FaqFields), "faq")]
[JsonDerivedType(typeof(LegalTextFields), "legalText")]
public abstract record ContentFields
{
    private static readonly Dictionary<System.Type, ContentType> ByClrType =
        ContentTypes.All.Values.ToDictionary(definition => definition.FieldsType, definition => definition.Type);

    /// <summary>The content type these fields belong to.</summary>
    [JsonIgnore]
    public ContentType Type => ByClrType[GetType()];

    /// <summary>The fields cleaned (trimmed) and the problems found, with field names such as <c>fields.expiresAt</c>.</summary>
    internal abstract ContentFields Normalize(FieldValidation validation);

    public virtual IEnumerable<string> PlainText() => [];

    public virtual IEnumerable<Guid> MediaAssetIds() => [];

    /// <summary>The assets the fields name (field names such as <c>fields.imageAssetId</c>), with the kinds each place takes.</summary>
    internal virtual IEnumerable<Media.MediaReference> MediaReferences() => [];

    /// <summary>Content items the fields point to, with the type each must have.</summary>
    public virtual IEnumerable<(string Field, Guid ItemId, ContentType Type)> ItemReferences() => [];

    /// <summary>Term keys held in typed fields (e.g. a grade band), checked like the version's tags.</summary>
    public virtual IEnumerable<(string Field, Vocabulary Vocabulary, string Key)> TermKeys() => [];

    /// <summary>Field-level accessibility problems (a poster without alt text, a screen loop without captions).</summary>
    internal virtual IEnumerable<ContentProblem> AccessibilityProblems() => [];
}
