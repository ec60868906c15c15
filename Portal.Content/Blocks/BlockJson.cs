using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Portal.Content.Common;

namespace Portal.Content.Blocks;

/// <summary>How blocks and type fields are written to and read from a version row.</summary>
public static class BlockJson
{
    /// <summary>camelCase, enums as names, Chinese kept readable (HTML-significant characters still escaped).</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        AllowOutOfOrderMetadataProperties = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(IReadOnlyList<Block> blocks) => JsonSerializer.Serialize(blocks, Options);

    public static IReadOnlyList<Block> Deserialize(string json) =>
        JsonSerializer.Deserialize<IReadOnlyList<Block>>(json, Options) ?? [];

    /// <summary>Reads a body sent as JSON (an API or an import); bad JSON or an unknown block type is a problem, not an exception.</summary>
    public static ContentResult<IReadOnlyList<Block>> TryDeserialize(string json)
    {
        try
        {
            return ContentResult.Success<IReadOnlyList<Block>>(Deserialize(json));
        }
        catch (JsonException exception)
        {
            return ContentResult.Invalid<IReadOnlyList<Block>>([ContentProblem.Error(ContentCodes.InvalidBlockJson, "blocks", exception.Path)]);
        }
    }

    /// <summary>A block's JSON, for comparing two blocks in a diff.</summary>
    public static string SerializeOne(Block block) => JsonSerializer.Serialize(block, Options);
}
