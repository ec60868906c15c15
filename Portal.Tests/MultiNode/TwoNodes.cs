using Portal.Tests.Infrastructure;

namespace Portal.Tests.MultiNode;

/// <summary>
/// Two portal hosts on one PostgreSQL database (a copy of the migrated template) and one Redis server, as two web
/// nodes behind a load balancer. Each pair has a Redis key prefix of its own, so pairs of parallel tests never meet.
/// </summary>
internal sealed class TwoNodes : IAsyncDisposable
{
    private readonly PostgresDatabaseFixture database = PostgresDatabaseFixture.Migrated();

    private TwoNodes()
    {
    }

    public PortalFactory A { get; private set; } = default!;

    public PortalFactory B { get; private set; } = default!;

    public string ConnectionString => database.ConnectionString;

    public string InstanceName { get; } = "test-" + Guid.NewGuid().ToString("N")[..12] + ":";

    public static async Task<TwoNodes> StartAsync(IDictionary<string, string?>? settings = null, string? redis = null)
    {
        var nodes = new TwoNodes();
        await nodes.database.InitializeAsync();
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Redis:Configuration"] = redis ?? TestServices.Redis,
            ["Redis:InstanceName"] = nodes.InstanceName,
        };
        nodes.A = new PortalFactory(nodes.database.ConnectionString, all);
        nodes.B = new PortalFactory(nodes.database.ConnectionString, all);
        _ = nodes.A.Services;
        _ = nodes.B.Services;
        return nodes;
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await database.DisposeAsync();
    }
}
