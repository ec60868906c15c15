using Microsoft.EntityFrameworkCore;
using Portal.Content.Data;
using Portal.Storage.Database;

namespace Portal.Content.Taxonomy;

/// <summary>
/// Inserts <see cref="TaxonomySeed.Terms"/> with their labels into a database that has no terms yet. Only then:
/// administrators may delete a seeded term, and it must not come back at the next start-up.
/// </summary>
internal sealed class TaxonomyReferenceData : IReferenceData<ContentDbContext>
{
    public async Task AddMissingAsync(ContentDbContext context, CancellationToken cancellationToken)
    {
        if (await context.Set<Term>().AnyAsync(cancellationToken))
        {
            return;
        }

        context.Set<Term>().AddRange(TaxonomySeed.Terms.Select(seed => new Term
        {
            Id = seed.Term.Id, Vocabulary = seed.Term.Vocabulary, Key = seed.Term.Key, ParentId = seed.Term.ParentId, SortOrder = seed.Term.SortOrder,
        }));
        context.Set<TermLabel>().AddRange(TaxonomySeed.Terms.SelectMany(seed => seed.Labels).Select(label => new TermLabel
        {
            TermId = label.TermId, Culture = label.Culture, Label = label.Label,
        }));
    }
}
