using Microsoft.EntityFrameworkCore;

namespace Portal.Storage.Database;

/// <summary>
/// Rows a module's context needs on every installation (departments, taxonomies, a singleton state row): the migrator
/// runs each one right after migrating <typeparamref name="TContext"/>, on every start-up and every node, then saves.
/// So it adds only rows that are missing; if another node inserted them meanwhile, the migrator asks again.
/// Kept out of the model (no <c>HasData</c>) so migrations hold the schema only.
/// </summary>
public interface IReferenceData<in TContext>
    where TContext : DbContext
{
    /// <summary>Adds the missing rows to <paramref name="context"/> without saving.</summary>
    Task AddMissingAsync(TContext context, CancellationToken cancellationToken);
}
