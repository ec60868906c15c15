using Microsoft.EntityFrameworkCore;

namespace Portal.Tips.Volunteers.Data;

/// <summary>
/// How the module's public services reach <see cref="VolunteersDbContext"/>. The container can only call public constructors, and a
/// public constructor cannot take the internal context's factory; this public handle with internal members can, so the
/// context stays out of the module's public surface.
/// </summary>
public sealed class VolunteersContexts
{
    private readonly IDbContextFactory<VolunteersDbContext> factory;

    internal VolunteersContexts(IDbContextFactory<VolunteersDbContext> factory) => this.factory = factory;

    internal VolunteersDbContext CreateDbContext() => factory.CreateDbContext();

    internal Task<VolunteersDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => factory.CreateDbContextAsync(cancellationToken);
}
