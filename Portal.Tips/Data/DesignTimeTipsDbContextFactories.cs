using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Portal.Tips.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; see docs/development.md.</summary>
internal sealed class DesignTimeSqliteTipsDbContextFactory : IDesignTimeDbContextFactory<SqliteTipsDbContext>
{
    public SqliteTipsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTipsDbContext>()
            .UseSqlite("Data Source=design-time.db", sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory_tips"))
            .Options);
}

internal sealed class DesignTimePostgresTipsDbContextFactory : IDesignTimeDbContextFactory<PostgresTipsDbContext>
{
    public PostgresTipsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTipsDbContext>()
            .UseNpgsql("Host=localhost;Database=portal_design", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", TipsDbContext.Schema))
            .Options);
}
