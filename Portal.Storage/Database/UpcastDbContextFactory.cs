using Microsoft.EntityFrameworkCore;

namespace Portal.Storage.Database;

/// <summary>
/// Hands out the provider-specific context (which owns that provider's migrations) as the module's context type,
/// so module services depend on <c>IDbContextFactory&lt;ContentDbContext&gt;</c> and never on the provider.
/// </summary>
internal sealed class UpcastDbContextFactory<TContext, TProviderContext>(IDbContextFactory<TProviderContext> inner) : IDbContextFactory<TContext>
    where TContext : DbContext
    where TProviderContext : TContext
{
    public TContext CreateDbContext() => inner.CreateDbContext();

    public async Task<TContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
