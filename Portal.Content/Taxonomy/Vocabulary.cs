namespace Portal.Content.Taxonomy;

/// <summary>The taxonomies content is tagged with. Each is a tree of terms with a label per culture.</summary>
public enum Vocabulary
{
    Audience,
    Setting,
    Topic,
    Region,
    GradeBand,
}
