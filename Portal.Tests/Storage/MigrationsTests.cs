using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Content.Taxonomy;
using Portal.Storage.Database;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;
using Portal.Tips.Oversight;
using Portal.Tips.Volunteers.Data;
using Portal.Web.Identity.Data;

namespace Portal.Tests.Storage;

/// <summary>
/// Every context's migrations on each provider: they describe the whole model (nothing left for
/// <c>dotnet ef migrations add</c>), and migrating inserts the reference data once, however often and on however
/// many nodes it runs.
/// </summary>
[IntegrationTest]
public abstract class MigrationsTests
{
    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>Whether two nodes may migrate one database at the same moment (PostgreSQL; SQLite is one node).</summary>
    protected abstract bool SharedByNodes { get; }

    [Fact]
    public void Every_contexts_model_matches_its_migrations()
    {
        using var node = Node();
        foreach (var context in Contexts(node))
        {
            using (context)
            {
                Assert.StartsWith(Provider, context.GetType().Name, StringComparison.Ordinal);
                Assert.False(context.Database.HasPendingModelChanges(), $"{context.GetType().Name}: the model has changes no migration holds (docs/development.md, Migrations).");
            }
        }
    }

    [Fact]
    public async Task A_fresh_database_has_the_reference_data_after_migrating()
    {
        using var node = Node();
        await node.GetRequiredService<DatabaseMigrator>().MigrateAllAsync();

        foreach (var context in Contexts(node))
        {
            await using (context)
            {
                Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            }
        }

        await AssertReferenceDataOnceAsync(node);
    }

    [Fact]
    public async Task Migrating_again_or_on_two_nodes_at_once_adds_nothing_and_fails_nothing()
    {
        using var first = Node();
        using var second = Node();
        var migrators = new[] { first, second }.Select(node => node.GetRequiredService<DatabaseMigrator>()).ToList();
        if (SharedByNodes)
        {
            await Task.WhenAll(migrators.Select(migrator => migrator.MigrateAllAsync()));
            await Task.WhenAll(migrators.Select(migrator => migrator.MigrateAllAsync()));
        }
        else
        {
            await migrators[0].MigrateAllAsync();
            await migrators[1].MigrateAllAsync();
        }

        await migrators[0].MigrateAllAsync();
        await AssertReferenceDataOnceAsync(first);
    }

    [Fact]
    public async Task A_row_another_node_inserts_between_reading_and_saving_does_not_fail_start_up()
    {
        var racing = new RacingDepartment();
        using var node = Node(services => services.AddSingleton<IReferenceData<ContentDbContext>>(racing));
        racing.OtherNode = node.GetRequiredService<IDbContextFactory<ContentDbContext>>();

        await node.GetRequiredService<DatabaseMigrator>().MigrateAllAsync();

        Assert.Equal(2, racing.Calls);
        await using var context = await racing.OtherNode.CreateDbContextAsync();
        Assert.Equal(1, await context.Set<Department>().CountAsync(d => d.Id == RacingDepartment.Id));
        await AssertReferenceDataOnceAsync(node);
    }

    private ServiceProvider Node(Action<IServiceCollection>? configure = null) => MigrationNode.Create(Provider, ConnectionString, configure);

    private static List<DbContext> Contexts(IServiceProvider node) =>
    [
        node.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContext(),
        node.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContext(),
        node.GetRequiredService<IDbContextFactory<VolunteersDbContext>>().CreateDbContext(),
        node.GetRequiredService<IDbContextFactory<PortalIdentityDbContext>>().CreateDbContext(),
    ];

    private static async Task AssertReferenceDataOnceAsync(IServiceProvider node)
    {
        await using (var content = await node.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContextAsync())
        {
            var departments = await content.Set<Department>().AsNoTracking().ToListAsync();
            Assert.All(DepartmentSeed.All, seed => Assert.Single(departments, d => d.Id == seed.Id && d.Key == seed.Key && d.ParentId == seed.ParentId && d.NameZh == seed.NameZh));
            Assert.Equal(departments.Count, departments.Select(d => d.Key).Distinct().Count());

            var terms = await content.Set<Term>().AsNoTracking().ToListAsync();
            var labels = await content.Set<TermLabel>().AsNoTracking().ToListAsync();
            Assert.Equal(TaxonomySeed.Terms.Count, terms.Count);
            Assert.All(TaxonomySeed.Terms, seed => Assert.Single(terms, t => t.Id == seed.Term.Id && t.Vocabulary == seed.Term.Vocabulary && t.Key == seed.Term.Key && t.ParentId == seed.Term.ParentId && t.SortOrder == seed.Term.SortOrder));
            Assert.Equal(TaxonomySeed.Terms.Sum(seed => seed.Labels.Count), labels.Count);
            Assert.All(TaxonomySeed.Terms.SelectMany(seed => seed.Labels), seed => Assert.Single(labels, l => l.TermId == seed.TermId && l.Culture == seed.Culture && l.Label == seed.Label));
        }

        await using var tips = await node.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var state = Assert.Single(await tips.Set<OversightRollupState>().AsNoTracking().ToListAsync());
        Assert.Equal((OversightRollupState.SingleId, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch), (state.Id, state.RolledUpTo, state.ReconciledAt));
    }

    /// <summary>Reads that its department is missing, then another node inserts it before this one saves.</summary>
    private sealed class RacingDepartment : IReferenceData<ContentDbContext>
    {
        public static readonly Guid Id = Guid.NewGuid();

        public IDbContextFactory<ContentDbContext> OtherNode { get; set; } = null!;

        public int Calls { get; private set; }

        public async Task AddMissingAsync(ContentDbContext context, CancellationToken cancellationToken)
        {
            Calls++;
            if (await context.Set<Department>().AnyAsync(d => d.Id == Id, cancellationToken))
            {
                return;
            }

            if (Calls == 1)
            {
                await using var other = await OtherNode.CreateDbContextAsync(cancellationToken);
                other.Add(Row());
                await other.SaveChangesAsync(cancellationToken);
            }

            context.Add(Row());
        }

        private static Department Row() => new() { Id = Id, Key = "racing-" + Id.ToString("N")[..8], NameZh = "测试", NameEn = "Test", ParentId = DepartmentSeed.RootId };
    }
}

public sealed class SqliteMigrationsTests : MigrationsTests, IDisposable
{
    private readonly TemporaryFolder folder = new();

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={folder.File("portal.db")}";

    protected override bool SharedByNodes => false;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}

public sealed class PostgresMigrationsTests : MigrationsTests, IAsyncLifetime
{
    private readonly PostgresDatabaseFixture database = new();

    protected override string Provider => "Postgres";

    protected override string ConnectionString => database.ConnectionString;

    protected override bool SharedByNodes => true;

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();
}
