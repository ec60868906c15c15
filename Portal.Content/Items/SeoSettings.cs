namespace Portal.Content.Items;

/// <summary>What search engines and link previews see; empty values fall back to title and summary.</summary>
public sealed record SeoSettings
{
    public string? MetaTitle { get; init; }

    public string? MetaDescription { get; init; }

    public Guid? ImageAssetId { get; init; }

    public bool NoIndex { get; init; }
}
