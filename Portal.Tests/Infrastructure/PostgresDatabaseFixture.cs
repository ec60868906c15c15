using Npgsql;

namespace Portal.Tests.Infrastructure;

/// <summary>A fresh, uniquely named PostgreSQL database for one test class; dropped afterwards.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private readonly string name = "portal_test_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString => new NpgsqlConnectionStringBuilder(TestServices.PostgresServer) { Database = name }.ToString();

    public async Task InitializeAsync()
    {
        await using var connection = new NpgsqlConnection(TestServices.PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await using (var own = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }

        await using var connection = new NpgsqlConnection(TestServices.PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
