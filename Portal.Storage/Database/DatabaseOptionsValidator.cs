using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Portal.Storage.Database;

/// <summary>Each failure names the setting, so a broken deployment says in one line what to fix.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!Enum.TryParse<DatabaseProvider>(options.Provider, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            return ValidateOptionsResult.Fail($"Database:Provider: '{options.Provider}' is not a known database provider; use Sqlite or Postgres.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail($"Database:ConnectionString: a connection string is required for the {provider} provider.");
        }

        try
        {
            _ = provider == DatabaseProvider.Sqlite
                ? new SqliteConnectionStringBuilder(options.ConnectionString).DataSource
                : new NpgsqlConnectionStringBuilder(options.ConnectionString).Host;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail($"Database:ConnectionString: not a valid {provider} connection string ({exception.Message}).");
        }

        return ValidateOptionsResult.Success;
    }
}
