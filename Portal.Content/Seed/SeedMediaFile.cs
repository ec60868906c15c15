using Portal.Content.Media;

namespace Portal.Content.Seed;

/// <summary>A seed media file as listed in <c>Seed/Media/media.json</c>: the owner department's key and its texts per culture.</summary>
internal sealed record SeedMediaFile
{
    public string File { get; init; } = "";

    public string Department { get; init; } = "";

    public IReadOnlyList<MediaTextInput> Texts { get; init; } = [];
}
