using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Storage.Database;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A fresh, uniquely named PostgreSQL database for one test class; dropped afterwards. Empty, or with
/// <see cref="Migrated"/> a copy of a database that every context was migrated into once per test run, which is
/// quicker than migrating each one. A host started on the copy still runs its migrator, which finds nothing to do.
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    private readonly string name = "portal_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly bool migrated;

    public PostgresDatabaseFixture()
        : this(migrated: false)
    {
    }

    private PostgresDatabaseFixture(bool migrated) => this.migrated = migrated;

    public string ConnectionString => ConnectionStringOf(name);

    /// <summary>A database whose schema and reference data are already in place, as after the host's first start.</summary>
    public static PostgresDatabaseFixture Migrated() => new(migrated: true);

    public async Task InitializeAsync()
    {
        var template = migrated ? $" TEMPLATE \"{await Template.Value}\"" : "";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"{template}");
    }

    public async Task DisposeAsync()
    {
        ClearPool(ConnectionString);
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static string ConnectionStringOf(string database) =>
        new NpgsqlConnectionStringBuilder(TestServices.PostgresServer) { Database = database }.ToString();

    private static void ClearPool(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestServices.PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var template = "portal_template_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteOnServerAsync($"CREATE DATABASE \"{template}\"");
        await using (var node = MigrationNode.Create("Postgres", ConnectionStringOf(template)))
        {
            await node.GetRequiredService<DatabaseMigrator>().MigrateAllAsync();
        }

        // PostgreSQL copies a database only while no session is connected to it.
        ClearPool(ConnectionStringOf(template));
        await ExecuteOnServerAsync($"ALTER DATABASE \"{template}\" WITH ALLOW_CONNECTIONS false");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate(template);
        return template;
    }

    private static void DropTemplate(string template)
    {
        try
        {
            using var connection = new NpgsqlConnection(TestServices.PostgresServer);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{template}\"", connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // test.sh has already stopped the server, which takes the template with it.
        }
    }
}
