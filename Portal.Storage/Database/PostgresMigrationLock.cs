using Npgsql;

namespace Portal.Storage.Database;

/// <summary>
/// Migrating one context on PostgreSQL, one node at a time. EF Core's own lock (<c>LOCK TABLE</c> on the history table)
/// lasts one migration's transaction, so with two or more pending migrations a node that started together with another
/// could re-read the history between them and apply the next one a second time ("column already exists"). This
/// session-level advisory lock (<c>pg_advisory_lock</c>, waiting) is held around the whole run; the waiting node then
/// finds everything applied. The connection is not pooled, so closing it really releases the lock.
/// </summary>
internal static class PostgresMigrationLock
{
    public static async Task<IAsyncDisposable> AcquireAsync(string connectionString, string schema, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@portal, @key)", connection);
            command.Parameters.AddWithValue("portal", PostgresRoundLock.PortalKey);
            command.Parameters.AddWithValue("key", PostgresRoundLock.KeyOf("migrate:" + schema));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
