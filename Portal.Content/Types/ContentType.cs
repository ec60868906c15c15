namespace Portal.Content.Types;

/// <summary>The content types, each defined in code by its fields record (see <see cref="ContentTypes"/>).</summary>
public enum ContentType
{
    Page,
    Article,
    Lesson,
    Curriculum,
    Resource,
    Poster,
    VenueKit,
    Alert,
    Faq,
    LegalText,
}
