using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Storage.Database;

/// <summary>
/// Lets SQLite itself wait for another connection's write (its busy handler backs off from 1 ms up to 100 ms) instead of
/// failing at once. Without it Microsoft.Data.Sqlite catches SQLITE_BUSY and blocks the thread in
/// <c>Thread.Sleep(150)</c> before each retry, so two tips committing at the same moment cost the second one 150 ms
/// and a thread-pool thread. The wait is capped by the same command timeout as before; the setting belongs to the
/// native connection, which the pool keeps, so it is set each time EF opens one.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command?.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        if (command is not null)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static SqliteCommand? Command(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
        {
            return null;
        }

        var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {sqlite.DefaultTimeout * 1000};";
        return command;
    }
}
