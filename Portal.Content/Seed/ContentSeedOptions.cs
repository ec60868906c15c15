namespace Portal.Content.Seed;

/// <summary>Settings under <c>Content:Seed</c>.</summary>
public sealed class ContentSeedOptions
{
    public const string SectionName = "Content:Seed";

    /// <summary>Seed an empty content database at start-up (the <c>seed-content</c> command seeds regardless).</summary>
    public bool Enabled { get; set; } = true;
}
