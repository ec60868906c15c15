using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tests.Tips.References;

/// <summary>Tips stored before references existed each get a unique, well-formed one from the migration.</summary>
[IntegrationTest]
public abstract class TipReferenceMigrationTests
{
    private const string MigrationBefore = "FieldLeadsByKeyedHash";
    private const int Tips = 60;

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    [Fact]
    public async Task Tips_from_before_references_get_their_own_when_migrated()
    {
        using var node = MigrationNode.Create(Provider, ConnectionString);
        var factory = node.GetRequiredService<IDbContextFactory<TipsDbContext>>();
        await using (var before = await factory.CreateDbContextAsync())
        {
            await before.GetService<IMigrator>().MigrateAsync(MigrationBefore);
            var postgres = Provider == "Postgres";
            var insert = (postgres ? "INSERT INTO tips.\"Tips\" " : "INSERT INTO \"Tips\" ") +
                "(\"Id\", \"Category\", \"Urgent\", \"Source\", \"Status\", \"ProofOfWorkPassed\", \"JurisdictionKey\", \"Priority\", " +
                "\"UnreadByPolice\", \"ReceivedAt\", \"UpdatedAt\", \"WrappedDataKey\", \"ReceiptNumberHash\", \"PassphraseHash\", \"IdempotencyKeyHash\", \"EncryptedReport\") " +
                "VALUES ({0}, 'other', FALSE, 'Public', 'New', TRUE, '620102', 3, TRUE, {1}, {1}, {2}, {3}, {2}, {4}, {2})";
            for (var i = 0; i < Tips; i++)
            {
                var id = Guid.CreateVersion7();
                await before.Database.ExecuteSqlRawAsync(
                    insert,
                    postgres ? id : (object)id.ToString().ToUpperInvariant(), 638_000_000_000_000_000L + i, new byte[] { 1 }, id.ToByteArray(), Guid.NewGuid().ToByteArray());
            }
        }

        await using var after = await factory.CreateDbContextAsync();
        await after.Database.MigrateAsync();

        var references = await after.Set<Tip>().Select(t => t.Reference).ToListAsync();
        Assert.Equal(Tips, references.Count);
        Assert.Equal(Tips, references.Distinct(StringComparer.Ordinal).Count());
        Assert.All(references, r => Assert.Equal(r, TipReference.Normalize(r)));
    }
}

public sealed class SqliteTipReferenceMigrationTests : TipReferenceMigrationTests, IDisposable
{
    private readonly TemporaryFolder folder = new();

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={folder.File("portal.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}

public sealed class PostgresTipReferenceMigrationTests : TipReferenceMigrationTests, IAsyncLifetime
{
    private readonly PostgresDatabaseFixture database = new();

    protected override string Provider => "Postgres";

    protected override string ConnectionString => database.ConnectionString;

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();
}
