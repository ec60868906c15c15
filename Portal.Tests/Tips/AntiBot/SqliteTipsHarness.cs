using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;

namespace Portal.Tests.Tips.AntiBot;

/// <summary>A throw-away SQLite Tips database whose schema comes from the model (no migrations).</summary>
internal sealed class SqliteTipsHarness : IDbContextFactory<TipsDbContext>, IDisposable
{
    private readonly TemporaryFolder folder = new();

    private SqliteTipsHarness()
    {
    }

    /// <summary>Pooling off, so the file is closed when the test deletes it.</summary>
    private string ConnectionString => $"Data Source={folder.File("tips.db")};Pooling=False";

    public static async Task<SqliteTipsHarness> CreateAsync()
    {
        var database = new SqliteTipsHarness();
        await using var context = database.CreateDbContext();
        await context.Database.EnsureCreatedAsync();
        return database;
    }

    public TipsDbContext CreateDbContext() =>
        new SqliteTipsDbContext(new DbContextOptionsBuilder<SqliteTipsDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose() => folder.Dispose();
}
