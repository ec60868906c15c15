using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Data;

namespace Portal.Tests.Storage;

/// <summary>The embedded SQLite database runs in write-ahead-log mode, so readers are not held up by a writer.</summary>
[IntegrationTest]
public sealed class SqliteJournalModeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_portals_SQLite_file_is_in_write_ahead_log_mode_after_start_up()
    {
        portal.CreateClient().Dispose();
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
