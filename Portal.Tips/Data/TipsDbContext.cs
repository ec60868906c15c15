using Microsoft.EntityFrameworkCore;

namespace Portal.Tips.Data;

/// <summary>
/// The Tips module's data. Module services reach it through <c>IDbContextFactory&lt;TipsDbContext&gt;</c>;
/// the provider subclasses below exist only to own each provider's migrations.
/// </summary>
internal class TipsDbContext : DbContext
{
    public const string Schema = "tips";

    protected TipsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TipsDbContext).Assembly);
    }
}

internal sealed class SqliteTipsDbContext(DbContextOptions<SqliteTipsDbContext> options) : TipsDbContext(options);

internal sealed class PostgresTipsDbContext(DbContextOptions<PostgresTipsDbContext> options) : TipsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
