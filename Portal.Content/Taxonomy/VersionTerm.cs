namespace Portal.Content.Taxonomy;

/// <summary>A term a content version is tagged with. Tags belong to the version, so they go through review with it.</summary>
internal sealed class VersionTerm
{
    public Guid VersionId { get; set; }

    public Guid TermId { get; set; }
}
