using Portal.Content.Common;
using Portal.Content.Types;

namespace Portal.Content.Delivery;

/// <summary>
/// Which live items a public list shows (audience hubs, the download centre). Filters combine with AND; the values
/// inside one filter with OR. Term filters take keys and include the terms below them (students finds primary pupils).
/// </summary>
public sealed record PublishedListQuery
{
    /// <summary>A list never grows past this many items; hubs and the download centre page or cut below it.</summary>
    public const int MaxItems = 500;

    /// <summary>Null: every culture.</summary>
    public string? Culture { get; init; }

    public IReadOnlyList<ContentType> Types { get; init; } = [];

    public IReadOnlyList<Rendition> Renditions { get; init; } = [];

    public IReadOnlyList<string> Audiences { get; init; } = [];

    public IReadOnlyList<string> Settings { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> GradeBands { get; init; } = [];

    /// <summary>Only items whose title holds this text (letters of any case); null or blank: any title.</summary>
    public string? TitleContains { get; init; }

    public int Limit { get; init; } = 100;
}

/// <summary>A live item in a list: enough to link to it and to show its files (the fields of the live version).</summary>
public sealed record PublishedListItem(
    Guid ItemId, Guid VersionId, ContentType Type, string Culture, Rendition Rendition, string Slug, string Title, string? Summary,
    DateTimeOffset PublishedAt, ContentFields Fields);
