using Microsoft.EntityFrameworkCore;

namespace Portal.Content.Data;

/// <summary>
/// How the module's public services reach <see cref="ContentDbContext"/>. The container can only call public constructors, and a
/// public constructor cannot take the internal context's factory; this public handle with internal members can, so the
/// context stays out of the module's public surface.
/// </summary>
public sealed class ContentContexts
{
    private readonly IDbContextFactory<ContentDbContext> factory;

    internal ContentContexts(IDbContextFactory<ContentDbContext> factory) => this.factory = factory;

    internal ContentDbContext CreateDbContext() => factory.CreateDbContext();

    internal Task<ContentDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => factory.CreateDbContextAsync(cancellationToken);
}
