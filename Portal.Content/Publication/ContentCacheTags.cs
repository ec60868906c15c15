using Portal.Content.Common;
using Portal.Content.Taxonomy;
using Portal.Content.Types;

namespace Portal.Content.Publication;

/// <summary>
/// The output-cache tags of public pages. A page that shows an item tags itself with the item (and its slug); a list
/// tags itself with the type and the terms it filters by. Publishing evicts exactly the tags in
/// <see cref="ContentPublicationChange.CacheTags"/>, so host and module must build tags here and nowhere else.
/// </summary>
public static class ContentCacheTags
{
    public static string Item(Guid itemId) => $"content:item:{itemId:N}";

    public static string Slug(string culture, Rendition rendition, string slug) => $"content:slug:{culture}:{rendition}:{slug}";

    /// <summary>Lists of one type in one culture (e.g. the article index).</summary>
    public static string TypeList(ContentType type, string culture) => $"content:type:{type}:{culture}";

    /// <summary>Lists filtered by a term (e.g. everything for teachers).</summary>
    public static string Term(Vocabulary vocabulary, string key) => $"content:term:{vocabulary}:{key}";

    /// <summary>The language and rendition switcher of every item in a variant set.</summary>
    public static string VariantSet(Guid variantSetId) => $"content:variants:{variantSetId:N}";
}
