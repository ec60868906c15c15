namespace Portal.Content.Taxonomy;

/// <summary>A term as administration answers after a change: its key and place in the vocabulary's tree.</summary>
public sealed record TermView(Guid Id, Vocabulary Vocabulary, string Key, Guid? ParentId, int SortOrder)
{
    internal static TermView Of(Term term) => new(term.Id, term.Vocabulary, term.Key, term.ParentId, term.SortOrder);
}
