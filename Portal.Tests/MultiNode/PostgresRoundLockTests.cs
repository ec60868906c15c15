using Npgsql;
using Portal.Storage.Database;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.MultiNode;

/// <summary>The jobs' round lock on PostgreSQL: one holder at a time, let go on dispose, and by the server when the holder's session dies.</summary>
[IntegrationTest]
public sealed class PostgresRoundLockTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task One_node_holds_a_jobs_round_at_a_time_and_other_jobs_are_not_held_up()
    {
        var nodeA = new PostgresRoundLock(database.ConnectionString);
        var nodeB = new PostgresRoundLock(database.ConnectionString);

        var held = await nodeA.TryAcquireAsync("test.job-one");
        Assert.NotNull(held);
        Assert.Null(await nodeB.TryAcquireAsync("test.job-one"));
        Assert.Null(await nodeA.TryAcquireAsync("test.job-one")); // a second round on the same node waits its turn too
        var other = await nodeB.TryAcquireAsync("test.job-two");
        Assert.NotNull(other);
        await other.DisposeAsync();

        await held.DisposeAsync();
        var next = await nodeB.TryAcquireAsync("test.job-one");
        Assert.NotNull(next);
        await next.DisposeAsync();
    }

    [Fact]
    public async Task A_node_that_dies_mid_round_lets_the_lock_go_with_its_session()
    {
        var dying = new NpgsqlConnectionStringBuilder(database.ConnectionString) { ApplicationName = "round-lock-dying-node" }.ToString();
        var held = await new PostgresRoundLock(dying).TryAcquireAsync("test.job-three");
        Assert.NotNull(held);
        var other = new PostgresRoundLock(database.ConnectionString);
        Assert.Null(await other.TryAcquireAsync("test.job-three"));

        await using (var admin = new NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'round-lock-dying-node'", admin);
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
        }

        IAsyncDisposable? taken = null;
        for (var attempt = 0; attempt < 50 && taken is null; attempt++)
        {
            taken = await other.TryAcquireAsync("test.job-three");
            if (taken is null)
            {
                await Task.Delay(100); // the server ends the killed session asynchronously
            }
        }

        Assert.NotNull(taken);
        await taken.DisposeAsync();
        try
        {
            await held.DisposeAsync();
        }
        catch (NpgsqlException)
        {
            // Its connection was killed under it.
        }
    }
}
