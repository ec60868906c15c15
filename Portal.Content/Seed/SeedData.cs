using System.Text.Json;
using Portal.Content.Blocks;

namespace Portal.Content.Seed;

/// <summary>The seed content and media embedded in this assembly (Seed/Data and Seed/Media).</summary>
internal static class SeedData
{
    private const string DataPrefix = "Portal.Content.Seed.Data.";
    private const string MediaPrefix = "Portal.Content.Seed.Media.";

    /// <summary>Every seed file, in resource-name order.</summary>
    public static IReadOnlyList<SeedFile> Files { get; } = Load();

    /// <summary>The media files the seed items use (Seed/Media/media.json): owner department and texts.</summary>
    public static IReadOnlyList<SeedMediaFile> Media { get; } = LoadMedia();

    /// <summary>The bytes of a seed media file such as <c>poster-bus-station.en.png</c>.</summary>
    public static Stream OpenMedia(string file) =>
        typeof(SeedData).Assembly.GetManifestResourceStream(MediaPrefix + file) ?? throw new InvalidDataException($"No seed media file {file}.");

    private static List<SeedMediaFile> LoadMedia()
    {
        using var stream = OpenMedia("media.json");
        return JsonSerializer.Deserialize<List<SeedMediaFile>>(stream, BlockJson.Options) ?? [];
    }

    private static List<SeedFile> Load()
    {
        var assembly = typeof(SeedData).Assembly;
        var files = new List<SeedFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(DataPrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<SeedFile>(stream, BlockJson.Options) ?? throw new InvalidDataException($"{name} is empty.");
            files.Add(file with { Source = name[DataPrefix.Length..] });
        }

        var duplicate = files.GroupBy(f => f.Key).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? files : throw new InvalidDataException($"Two seed files are {duplicate.Key}: {string.Join(", ", duplicate.Select(f => f.Source))}.");
    }
}
