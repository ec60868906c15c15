using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Storage.Database;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

/// <summary>
/// A throw-away content database for one test class, brought up by the module's real migrations (which also seed
/// departments and taxonomies). Tests share it, so each test works in a department of its own.
/// </summary>
public abstract class ContentDatabaseFixture : IAsyncLifetime
{
    public abstract string Provider { get; }

    public abstract string ConnectionString { get; }

    public virtual async Task InitializeAsync()
    {
        await using var host = ContentHarness.Create(this);
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAllAsync();
    }

    public abstract Task DisposeAsync();
}

public sealed class SqliteContentDatabaseFixture : ContentDatabaseFixture, IDisposable
{
    private readonly TemporaryFolder folder = new();

    public override string Provider => "Sqlite";

    public override string ConnectionString => $"Data Source={folder.File("content.db")}";

    public override Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}

public sealed class PostgresContentDatabaseFixture : ContentDatabaseFixture
{
    private readonly PostgresDatabaseFixture database = PostgresDatabaseFixture.Migrated();

    public override string Provider => "Postgres";

    public override string ConnectionString => database.ConnectionString;

    public override async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await base.InitializeAsync();
    }

    public override Task DisposeAsync() => database.DisposeAsync();
}
