using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Web.Identity.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; see docs/development.md.</summary>
internal sealed class DesignTimeSqliteIdentityDbContextFactory : IDesignTimeDbContextFactory<SqlitePortalIdentityDbContext>
{
    public SqlitePortalIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalIdentityDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory_identity"))
            .Options);
}

internal sealed class DesignTimePostgresIdentityDbContextFactory : IDesignTimeDbContextFactory<PostgresPortalIdentityDbContext>
{
    public PostgresPortalIdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPortalIdentityDbContext>()
            .UseNpgsql("Host=localhost;Database=portal_design", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", PortalIdentityDbContext.Schema))
            .Options);
}
