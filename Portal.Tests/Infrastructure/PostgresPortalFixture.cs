namespace Portal.Tests.Infrastructure;

/// <summary>The real host on a PostgreSQL database of its own, a fresh copy of the migrated template (dropped with the fixture).</summary>
public class PostgresPortalFixture : IAsyncLifetime
{
    private readonly PostgresDatabaseFixture database = PostgresDatabaseFixture.Migrated();

    public PortalFactory Portal { get; private set; } = default!;

    public string ConnectionString => database.ConnectionString;

    /// <summary>Settings of this fixture's host beyond the test defaults.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>The host on this fixture's database; override for a host with more than other settings.</summary>
    protected virtual PortalFactory CreatePortal(string connectionString) => new(connectionString, Settings);

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        Portal = CreatePortal(database.ConnectionString);
        _ = Portal.Services; // start the host, whose migrator finds the schema in place
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await database.DisposeAsync();
    }
}
