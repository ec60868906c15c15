using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Content.Blocks;
using Portal.Content.Types;

namespace Portal.Content.Revisions;

/// <summary>
/// The type's fields (stored as one JSON object) compared one by one, each named <c>fields.{name}</c> like the
/// editor's labels: a yes/no field as <see cref="FieldValueKind.YesNo"/>, a field holding a media file's id
/// (<c>…AssetId</c>) as <see cref="FieldValueKind.Media"/>, a term key (a grade band) as <see cref="FieldValueKind.Terms"/>,
/// a choice from a list (an alert's kind) as <see cref="FieldValueKind.Choice"/>, a moment as <see cref="FieldValueKind.Time"/>,
/// a list of records (print files, activities) as <see cref="FieldValueKind.Entries"/> whose parts are read the same way,
/// a list of item ids (lessons) as <see cref="FieldValueKind.Items"/>, anything else as its text (a list of texts one
/// per line), never as JSON or as a code.
/// </summary>
internal static class FieldsDiffer
{
    public static string YesNo(bool value) => value ? "true" : "false";

    public static IEnumerable<FieldDiff> Diff(string? olderJson, string newerJson)
    {
        var older = Parse(olderJson);
        var newer = Parse(newerJson);
        var (olderFields, newerFields) = (Typed(olderJson), Typed(newerJson));
        var termFields = new[] { olderFields, newerFields }.SelectMany(f => f?.TermKeys() ?? [])
            .DistinctBy(t => t.Field).ToDictionary(t => t.Field, t => t.Vocabulary);
        var type = (newerFields ?? olderFields)?.GetType();
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
            else if (termFields.TryGetValue(field, out var vocabulary))
            {
                yield return new FieldDiff(field, Term(vocabulary, was), Term(vocabulary, now), [], FieldValueKind.Terms);
            }
            else if (PropertyType(type, name) is { IsEnum: true } choices)
            {
                yield return new FieldDiff(field, Text(was), Text(now), [], FieldValueKind.Choice) { ChoiceOf = choices.Name };
            }
            else if (PropertyType(type, name) == typeof(DateTimeOffset))
            {
                yield return new FieldDiff(field, Text(was), Text(now), [], FieldValueKind.Time);
            }
            else if (ElementType(type, name) == typeof(Guid))
            {
                yield return new FieldDiff(field, Ids(was), Ids(now), [], FieldValueKind.Items);
            }
            else if (ElementType(type, name) is { IsClass: true } entry && entry != typeof(string))
            {
                yield return new FieldDiff(field, null, null, [], FieldValueKind.Entries) { OldEntries = Entries(entry, was), NewEntries = Entries(entry, now) };
            }
            else
            {
                var (oldText, newText) = (Text(was), Text(now));
                yield return new FieldDiff(field, oldText, newText, TextDiff.Compute(oldText, newText));
            }
        }
    }

    private static ContentFields? Typed(string? json)
    {
        try
        {
            return string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ContentFields>(json, BlockJson.Options);
        }
        catch (JsonException)
        {
            return null; // A version stored before a field changed type still compares, as text.
        }
    }

    private static string? Term(Taxonomy.Vocabulary vocabulary, JsonNode? node) => Text(node) is { } key ? $"{vocabulary}:{key}" : null;

    /// <summary>The CLR type of the property a JSON field name stands for (nullable unwrapped), or null.</summary>
    private static System.Type? PropertyType(System.Type? fields, string name)
    {
        var property = fields?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
    }

    /// <summary>The element type of a list property (<c>IReadOnlyList&lt;PrintFile&gt;</c> gives <c>PrintFile</c>), or null.</summary>
    private static System.Type? ElementType(System.Type? fields, string name) =>
        PropertyType(fields, name) is { IsGenericType: true } list && list.GetGenericArguments() is [var element] ? element : null;

    private static string? Ids(JsonNode? node) =>
        node is JsonArray array && array.Count > 0 ? string.Join(",", array.Select(id => id?.GetValue<string>())) : null;

    private static List<DiffEntry> Entries(System.Type entryType, JsonNode? node)
    {
        var entries = new List<DiffEntry>();
        foreach (var entry in (node as JsonArray ?? []).OfType<JsonObject>())
        {
            var parts = new List<EntryPart>();
            foreach (var (name, value) in entry)
            {
                if (IsEmpty(value) || (name.EndsWith("Id", StringComparison.Ordinal) && Text(value) == Guid.Empty.ToString()))
                {
                    continue; // An empty file slot or blank text says nothing to the reviewer.
                }

                var part = value!.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                    ? new EntryPart(name, FieldValueKind.YesNo, Bool(value)!)
                    : name.EndsWith("assetId", StringComparison.OrdinalIgnoreCase)
                        ? new EntryPart(name, FieldValueKind.Media, Text(value) ?? "")
                        : PropertyType(entryType, name) is { IsEnum: true } choices
                            ? new EntryPart(name, FieldValueKind.Choice, Text(value) ?? "", choices.Name)
                            : new EntryPart(name, FieldValueKind.Text, Text(value) ?? "");
                parts.Add(part);
            }

            entries.Add(new DiffEntry(parts));
        }

        return entries;
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
