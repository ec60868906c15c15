namespace Portal.Content.Taxonomy;

/// <summary>A term with its label in one culture and its children, for pickers and filters.</summary>
public sealed record TermNode(Guid Id, string Key, string Label, IReadOnlyList<TermNode> Children);

/// <summary>A term as content shows it: vocabulary, key and the label in the requested culture.</summary>
public sealed record TermRef(Vocabulary Vocabulary, string Key, string Label);
