using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Content.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; see docs/development.md.</summary>
internal sealed class DesignTimeSqliteContentDbContextFactory : IDesignTimeDbContextFactory<SqliteContentDbContext>
{
    public SqliteContentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteContentDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory_content"))
            .Options);
}

internal sealed class DesignTimePostgresContentDbContextFactory : IDesignTimeDbContextFactory<PostgresContentDbContext>
{
    public PostgresContentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresContentDbContext>()
            .UseNpgsql("Host=localhost;Database=portal_design", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", ContentDbContext.Schema))
            .Options);
}
