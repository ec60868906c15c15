namespace Portal.Content.Taxonomy;

/// <summary>A node of a <see cref="Vocabulary"/>; its key is unique within the vocabulary and never changes.</summary>
internal sealed class Term
{
    public Guid Id { get; set; }

    public Vocabulary Vocabulary { get; set; }

    /// <summary>e.g. <c>disability-intellectual</c>, <c>railway-station</c>, or a division code such as <c>620102</c>.</summary>
    public string Key { get; set; } = "";

    public Guid? ParentId { get; set; }

    public int SortOrder { get; set; }
}

/// <summary>A term's name in one culture.</summary>
internal sealed class TermLabel
{
    public Guid TermId { get; set; }

    public string Culture { get; set; } = "";

    public string Label { get; set; } = "";
}
