using System.Text.Json.Nodes;
using Portal.Content.Common;
using Portal.Content.Types;

namespace Portal.Content.Seed;

/// <summary>
/// One seed item as written in <c>Seed/Data/*.json</c>: one culture and rendition of a message. Files with the same
/// <see cref="Set"/> become one variant set. A string value <c>item:SET</c> anywhere in the fields or blocks stands
/// for the id of that set's item in the same culture (Standard rendition); <c>media:NAME</c> for a seed media asset.
/// </summary>
internal sealed record SeedFile
{
    public string Set { get; init; } = "";

    public ContentType Type { get; init; }

    public string Culture { get; init; } = ContentCultures.Chinese;

    public Rendition Rendition { get; init; }

    /// <summary>The owner department's key (<see cref="Departments.DepartmentSeed"/>).</summary>
    public string Department { get; init; } = "";

    /// <summary>Given explicitly, so a second node seeding at the same time is refused at its first item (slug taken).</summary>
    public string Slug { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Summary { get; init; }

    /// <summary>Term keys per vocabulary name (Audience, Setting, Topic, Region).</summary>
    public Dictionary<string, List<string>> Terms { get; init; } = [];

    /// <summary>Province-wide content: tagged with every prefecture-level division and Lanzhou New Area.</summary>
    public bool AllRegions { get; init; }

    public JsonObject? Fields { get; init; }

    public JsonArray Blocks { get; init; } = [];

    /// <summary>Where the file came from (its resource name), for error messages.</summary>
    public string Source { get; init; } = "";

    public (string Set, string Culture, Rendition Rendition) Key => (Set, Culture, Rendition);
}
