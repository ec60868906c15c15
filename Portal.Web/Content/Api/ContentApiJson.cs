using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Portal.Content.Common;
using Portal.Content.Delivery;
using Portal.Content.Search;
using Portal.Content.Taxonomy;
using Portal.Content.Types;

namespace Portal.Web.Content.Api;

/// <summary>
/// The API's JSON, documented in docs/content-api.md. Names are camelCase, enum values camelCase strings
/// (<c>article</c>, <c>easyRead</c>); Chinese is written as characters; blocks and fields are the stored JSON as it is.
/// Change these records only by adding properties.
/// </summary>
internal static class ContentApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string EnumName(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    public static ContentListJson List(Page<ContentSearchHit> page, string pathBase) => new(
        page.PageNumber, page.PageSize, page.TotalCount, page.PageCount,
        [.. page.Items.Select(h => new ContentHitJson(
            h.ItemId, h.Type, h.Culture, h.Rendition, h.Slug, h.Title, h.Summary, h.PublishedAt,
            [.. h.Snippet.Select(p => new SnippetJson(p.Text, p.Highlight))], ItemPath(pathBase, h.ItemId)))]);

    public static ContentItemJson Item(PublishedItem item, string pathBase) => new(
        item.ItemId, item.VersionId, item.VariantSetId, item.Type, item.Culture, item.Rendition, item.Slug, item.Title, item.Summary,
        item.VersionNumber, item.PublishedAt, item.FirstPublishedAt, item.UnpublishAt,
        new SeoJson(item.MetaTitle, item.MetaDescription, item.SeoImageAssetId, item.NoIndex),
        item.Terms.GroupBy(t => t.Vocabulary).ToDictionary(
            g => EnumName(g.Key.ToString()), g => (IReadOnlyList<TermJson>)[.. g.Select(t => new TermJson(t.Key, t.Label))], StringComparer.Ordinal),
        JsonNode.Parse(item.FieldsJson), JsonNode.Parse(item.BodyJson),
        [.. item.Variants.Select(v => new VariantJson(v.ItemId, v.Culture, v.Rendition, v.Slug, v.Title, ItemPath(pathBase, v.ItemId)))],
        ItemPath(pathBase, item.ItemId));

    public static string ItemPath(string pathBase, Guid itemId) => $"{pathBase}/api/content/{itemId}";
}

internal sealed record ContentListJson(int Page, int PageSize, int Total, int PageCount, IReadOnlyList<ContentHitJson> Items);

internal sealed record ContentHitJson(
    Guid Id, ContentType Type, string Culture, Rendition Rendition, string Slug, string Title, string? Summary, DateTimeOffset PublishedAt,
    IReadOnlyList<SnippetJson> Snippet, string Href);

/// <summary>Plain text; <c>highlight</c> marks the words that matched the query. Escape it like any text.</summary>
internal sealed record SnippetJson(string Text, bool Highlight);

internal sealed record ContentItemJson(
    Guid Id, Guid VersionId, Guid VariantSetId, ContentType Type, string Culture, Rendition Rendition, string Slug, string Title, string? Summary,
    int Version, DateTimeOffset PublishedAt, DateTimeOffset? FirstPublishedAt, DateTimeOffset? ExpiresAt, SeoJson Seo,
    IReadOnlyDictionary<string, IReadOnlyList<TermJson>> Terms, JsonNode? Fields, JsonNode? Blocks, IReadOnlyList<VariantJson> Variants, string Href);

internal sealed record SeoJson(string? MetaTitle, string? MetaDescription, Guid? ImageAssetId, bool NoIndex);

internal sealed record TermJson(string Key, string Label);

internal sealed record VariantJson(Guid Id, string Culture, Rendition Rendition, string Slug, string Title, string Href);
