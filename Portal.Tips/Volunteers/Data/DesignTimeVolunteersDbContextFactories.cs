using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Tips.Volunteers.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; see docs/development.md.</summary>
internal sealed class DesignTimeSqliteVolunteersDbContextFactory : IDesignTimeDbContextFactory<SqliteVolunteersDbContext>
{
    public SqliteVolunteersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteVolunteersDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory_volunteers"))
            .Options);
}

internal sealed class DesignTimePostgresVolunteersDbContextFactory : IDesignTimeDbContextFactory<PostgresVolunteersDbContext>
{
    public PostgresVolunteersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresVolunteersDbContext>()
            .UseNpgsql("Host=localhost;Database=portal_design", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", VolunteersDbContext.Schema))
            .Options);
}
