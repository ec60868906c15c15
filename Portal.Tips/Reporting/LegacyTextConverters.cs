using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Tips.Reporting;

/// <summary>
/// Tips stored before people and vehicles had their own fields hold one free text in their place. Such a text
/// is read as one entry whose description it is, so those tips still open and nothing the reporter wrote is lost.
/// </summary>
internal abstract class ListOrLegacyTextConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    /// <summary>An old tip without people says null: read as an empty list, never as a null one.</summary>
    public override bool HandleNull => true;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Null => [],
            JsonTokenType.String => reader.GetString() is { Length: > 0 } text ? [FromLegacyText(text)] : [],
            _ => JsonSerializer.Deserialize<List<T>>(ref reader, options) ?? [],
        };

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);

    protected abstract T FromLegacyText(string text);
}

internal sealed class PeopleOrLegacyTextConverter : ListOrLegacyTextConverter<InvolvedPerson>
{
    protected override InvolvedPerson FromLegacyText(string text) => new(Description: text);
}

internal sealed class VehiclesOrLegacyTextConverter : ListOrLegacyTextConverter<InvolvedVehicle>
{
    protected override InvolvedVehicle FromLegacyText(string text) => new(Description: text);
}
