using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;

namespace Portal.Tests.Storage;

/// <summary>
/// A connection EF opens on the embedded SQLite database waits for another writer inside SQLite (busy_timeout) rather
/// than in Microsoft.Data.Sqlite's 150 ms sleeps.
/// </summary>
[IntegrationTest]
public sealed class SqliteBusyTimeoutTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_connection_opened_by_EF_waits_for_a_busy_database_as_long_as_the_command_timeout()
    {
        portal.CreateClient().Dispose();
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";

        Assert.Equal(30_000L, (long?)await command.ExecuteScalarAsync());
    }
}
