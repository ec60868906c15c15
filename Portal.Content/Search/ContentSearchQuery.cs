using Portal.Content.Common;
using Portal.Content.Types;

namespace Portal.Content.Search;

/// <summary>A search over published content; every filter is optional and they combine with AND. Term filters take term keys.</summary>
public sealed record ContentSearchQuery
{
    public const int MaxQueryLength = 100;

    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 50;

    /// <summary>Deeper pages are refused: nobody reads them, and the offset must stay far from overflowing.</summary>
    public const int MaxPageNumber = 10_000;

    /// <summary>Words in any language; empty lists everything that matches the filters, newest first.</summary>
    public string? Text { get; init; }

    public string? Culture { get; init; }

    public Rendition? Rendition { get; init; }

    public ContentType? Type { get; init; }

    /// <summary>An audience key; its sub-audiences count too (students finds primary pupils' lessons).</summary>
    public string? Audience { get; init; }

    public string? Topic { get; init; }

    public string? Setting { get; init; }

    public int PageNumber { get; init; } = 1;

    /// <summary>Capped at <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}

/// <summary>One hit: enough to show it in a result list and link to it.</summary>
public sealed record ContentSearchHit(
    Guid ItemId, ContentType Type, string Culture, Rendition Rendition, string Slug, string Title, string? Summary, DateTimeOffset PublishedAt,
    IReadOnlyList<SnippetPart> Snippet);
