namespace Portal.Tests.Infrastructure;

/// <summary>The real host on a fresh PostgreSQL database of its own (dropped with the fixture).</summary>
public sealed class PostgresPortalFixture : IAsyncLifetime
{
    private readonly PostgresDatabaseFixture database = new();

    public PortalFactory Portal { get; private set; } = default!;

    public string ConnectionString => database.ConnectionString;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        Portal = new PortalFactory(database.ConnectionString);
        _ = Portal.Services; // start the host, which migrates
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await database.DisposeAsync();
    }
}
