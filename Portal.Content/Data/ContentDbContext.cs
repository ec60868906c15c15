using Microsoft.EntityFrameworkCore;

namespace Portal.Content.Data;

/// <summary>
/// The Content module's data. Module services reach it through <c>IDbContextFactory&lt;ContentDbContext&gt;</c>;
/// the provider subclasses below exist only to own each provider's migrations.
/// </summary>
public class ContentDbContext : DbContext
{
    public const string Schema = "content";

    protected ContentDbContext(DbContextOptions options)
        : base(options)
    {
    }

    // Entities and their IEntityTypeConfiguration classes arrive with the module's own issue; apply them here
    // with modelBuilder.ApplyConfigurationsFromAssembly(typeof(...).Assembly).
}

public sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options) : ContentDbContext(options);

public sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options) : ContentDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
