using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Storage.Database;

namespace Portal.Content.Data;

/// <summary>
/// The Content module's data. Module services reach it through <c>IDbContextFactory&lt;ContentDbContext&gt;</c>;
/// the provider subclasses below exist only to own each provider's migrations.
/// </summary>
internal class ContentDbContext : DbContext
{
    public const string Schema = "content";

    protected ContentDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseRewritingHistory();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseRewritingHistory();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<ContentType>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Rendition>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<VersionState>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ContentRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AuditAction>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<Taxonomy.Vocabulary>().HaveConversion<string>().HaveMaxLength(20);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ContentDbContext).Assembly);
    }

    /// <summary>Versions, review actions and audit events are history: once written they are never changed or deleted.</summary>
    private void RefuseRewritingHistory()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var rewritten = entry.Entity switch
            {
                AuditEvent or ReviewAction => true,
                ContentVersion => entry.State == EntityState.Deleted
                    || entry.Properties.Any(p => p.IsModified && !ContentVersion.MutableProperties.Contains(p.Metadata.Name)),
                _ => false,
            };
            if (rewritten)
            {
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} rows are history and cannot be changed or deleted.");
            }
        }
    }
}

internal sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options) : ContentDbContext(options);

internal sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options) : ContentDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
