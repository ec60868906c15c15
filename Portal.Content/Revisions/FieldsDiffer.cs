using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Content.Revisions;

/// <summary>
/// The type's fields (stored as one JSON object) compared one by one, each named <c>fields.{name}</c> like the
/// editor's labels: a yes/no field as <see cref="FieldValueKind.YesNo"/>, a field holding a media file's id
/// (<c>…AssetId</c>) as <see cref="FieldValueKind.Media"/>, anything else as its text (a list as its texts, one per
/// line), never as JSON.
/// </summary>
internal static class FieldsDiffer
{
    public static string YesNo(bool value) => value ? "true" : "false";

    public static IEnumerable<FieldDiff> Diff(string? olderJson, string newerJson)
    {
        var older = Parse(olderJson);
        var newer = Parse(newerJson);
        // "type" is the fields' discriminator (the content type), not a field.
        var names = newer.Select(p => p.Key).Concat(older.Select(p => p.Key)).Distinct(StringComparer.Ordinal).Where(name => name != "type");
        foreach (var name in names)
        {
            var (was, now) = (older[name], newer[name]);
            if (JsonNode.DeepEquals(was, now) || (IsEmpty(was) && IsEmpty(now)))
            {
                continue;
            }

            var field = "fields." + name;
            if (was?.GetValueKind() is JsonValueKind.True or JsonValueKind.False || now?.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                yield return new FieldDiff(field, Bool(was), Bool(now), [], FieldValueKind.YesNo);
            }
            else if (name.EndsWith("AssetId", StringComparison.Ordinal))
            {
                yield return new FieldDiff(field, Text(was), Text(now), [], FieldValueKind.Media);
            }
            else
            {
                var (oldText, newText) = (Text(was), Text(now));
                yield return new FieldDiff(field, oldText, newText, TextDiff.Compute(oldText, newText));
            }
        }
    }

    private static JsonObject Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonNode.Parse(json) as JsonObject ?? [];

    private static bool IsEmpty(JsonNode? node) => node is null || (node is JsonArray array && array.Count == 0) || (node.GetValueKind() == JsonValueKind.String && node.GetValue<string>().Length == 0);

    private static string? Bool(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.True => YesNo(true),
        JsonValueKind.False => YesNo(false),
        _ => null,
    };

    /// <summary>A value as a reader would write it: a string as is, a number as digits, a list or object as its texts, one a line.</summary>
    private static string? Text(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var lines = new List<string>();
        Collect(node, lines);
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static void Collect(JsonNode? node, List<string> lines)
    {
        switch (node)
        {
            case null:
                return;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, lines);
                }

                return;
            case JsonObject obj:
                // One line per entry (a lesson, a file): its texts side by side; ids are not for reading.
                var parts = obj.Where(p => !p.Key.EndsWith("Id", StringComparison.Ordinal)).Select(p => Text(p.Value)).Where(t => !string.IsNullOrWhiteSpace(t));
                var line = string.Join(" · ", parts);
                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                return;
            default:
                var text = node.GetValueKind() switch
                {
                    JsonValueKind.String => node.GetValue<string>(),
                    JsonValueKind.Number => node.GetValue<decimal>().ToString(CultureInfo.InvariantCulture),
                    JsonValueKind.True => YesNo(true),
                    JsonValueKind.False => YesNo(false),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(text))
                {
                    lines.Add(text);
                }

                return;
        }
    }
}
