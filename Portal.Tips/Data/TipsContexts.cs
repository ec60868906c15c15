using Microsoft.EntityFrameworkCore;

namespace Portal.Tips.Data;

/// <summary>
/// How the module's public services reach <see cref="TipsDbContext"/>. The container can only call public constructors, and a
/// public constructor cannot take the internal context's factory; this public handle with internal members can, so the
/// context stays out of the module's public surface.
/// </summary>
public sealed class TipsContexts
{
    private readonly IDbContextFactory<TipsDbContext> factory;

    internal TipsContexts(IDbContextFactory<TipsDbContext> factory) => this.factory = factory;

    internal TipsDbContext CreateDbContext() => factory.CreateDbContext();

    internal Task<TipsDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => factory.CreateDbContextAsync(cancellationToken);
}
