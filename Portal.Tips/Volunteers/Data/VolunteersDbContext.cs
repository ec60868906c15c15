using Microsoft.EntityFrameworkCore;

namespace Portal.Tips.Volunteers.Data;

/// <summary>
/// The volunteers' data, apart from the tips schema so each evolves with its own migrations. Module services reach
/// it through <c>IDbContextFactory&lt;VolunteersDbContext&gt;</c>; the provider subclasses own the migrations.
/// </summary>
internal class VolunteersDbContext : DbContext
{
    public const string Schema = "volunteers";

    protected VolunteersDbContext(DbContextOptions options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Not ApplyConfigurationsFromAssembly: that would pull the tips entities into this context.
        VolunteersModel.Configure(modelBuilder);
    }
}

internal sealed class SqliteVolunteersDbContext(DbContextOptions<SqliteVolunteersDbContext> options) : VolunteersDbContext(options);

internal sealed class PostgresVolunteersDbContext(DbContextOptions<PostgresVolunteersDbContext> options) : VolunteersDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
