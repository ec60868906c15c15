using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Portal.Shared.Workers;

namespace Portal.Storage.Database;

/// <summary>
/// A job's round lock as a session-level PostgreSQL advisory lock (<c>pg_try_advisory_lock</c>) on a connection of
/// its own, outside the pool, held for the round. If the node dies mid-round its session ends and the server lets the
/// lock go, so no lease has to run out. Keys: a fixed first half for the portal, a hash of the job's name.
/// </summary>
public sealed class PostgresRoundLock(string connectionString) : IRoundLock
{
    /// <summary>"PRTL": the first key half, so the portal's locks do not meet another program's in a shared database.</summary>
    private const int PortalKey = 0x5052544C;

    private readonly string connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString();

    public async Task<IAsyncDisposable?> TryAcquireAsync(string job, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@portal, @job)", connection);
            command.Parameters.AddWithValue("portal", PortalKey);
            command.Parameters.AddWithValue("job", KeyOf(job));
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Held(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>Waits for the lock (<c>pg_advisory_lock</c>) and holds it until the result is disposed.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string job, CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@portal, @job)", connection);
            command.Parameters.AddWithValue("portal", PortalKey);
            command.Parameters.AddWithValue("job", KeyOf(job));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    internal static int KeyOf(string job) => BinaryPrimitives.ReadInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(job)));

    /// <summary>Closing the session releases its advisory locks; the connection is not pooled, so it really closes.</summary>
    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
