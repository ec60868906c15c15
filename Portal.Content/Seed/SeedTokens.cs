using System.Text.Json.Nodes;
using Portal.Content.Common;

namespace Portal.Content.Seed;

/// <summary>Finds and replaces the <c>item:SET</c> and <c>media:NAME</c> tokens of a seed file with real ids.</summary>
internal static class SeedTokens
{
    public const string ItemPrefix = "item:";
    public const string MediaPrefix = "media:";

    /// <summary>The variant sets a file points to (so those are created first).</summary>
    public static IEnumerable<string> ItemSets(SeedFile file) =>
        Strings(file).Where(s => s.StartsWith(ItemPrefix, StringComparison.Ordinal)).Select(s => s[ItemPrefix.Length..]).Distinct();

    public static IEnumerable<string> MediaNames(SeedFile file) =>
        Strings(file).Where(s => s.StartsWith(MediaPrefix, StringComparison.Ordinal)).Select(s => s[MediaPrefix.Length..]).Distinct();

    /// <summary>A copy of <paramref name="node"/> with every token replaced by the id it stands for.</summary>
    public static JsonNode? Resolve(JsonNode? node, string culture, IReadOnlyDictionary<(string Set, string Culture, Rendition Rendition), Guid> items, IReadOnlyDictionary<string, Guid> media)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (property, value) in obj)
                {
                    copy[property] = Resolve(value, culture, items, media);
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(value => Resolve(value, culture, items, media))]);
            case JsonValue value when value.TryGetValue<string>(out var text) && text.StartsWith(ItemPrefix, StringComparison.Ordinal):
                var set = text[ItemPrefix.Length..];
                return JsonValue.Create(items.TryGetValue((set, culture, Rendition.Standard), out var itemId)
                    ? itemId
                    : throw new InvalidDataException($"No seed item '{set}' in {culture}."));
            case JsonValue value when value.TryGetValue<string>(out var text) && text.StartsWith(MediaPrefix, StringComparison.Ordinal):
                var name = text[MediaPrefix.Length..];
                return JsonValue.Create(media.TryGetValue(name, out var assetId) ? assetId : throw new InvalidDataException($"No seed media '{name}'."));
            default:
                return node?.DeepClone();
        }
    }

    private static IEnumerable<string> Strings(SeedFile file) => StringsIn(file.Fields).Concat(StringsIn(file.Blocks));

    private static IEnumerable<string> StringsIn(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(pair => StringsIn(pair.Value)),
        JsonArray array => array.SelectMany(StringsIn),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
