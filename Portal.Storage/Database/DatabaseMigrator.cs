using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.Storage.Database;

/// <summary>Applies every module's pending migrations; the host calls it at start-up and from the <c>migrate</c> command.</summary>
public sealed partial class DatabaseMigrator(IServiceProvider services, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAllAsync(CancellationToken cancellationToken = default)
    {
        foreach (var context in services.GetServices<MigratableContext>())
        {
            await context.MigrateAsync(services, cancellationToken);
            LogMigrated(context.Name);
        }
    }

    /// <summary>
    /// For nodes that run as a database role without schema rights: the owner runs <c>migrate</c> before new nodes
    /// start, and a node only checks that it did. Returns the first context with pending migrations and their count.
    /// </summary>
    public async Task<PendingMigrations?> FindPendingAsync(CancellationToken cancellationToken = default)
    {
        foreach (var context in services.GetServices<MigratableContext>())
        {
            var pending = await context.CountPendingAsync(services, cancellationToken);
            if (pending > 0)
            {
                return new PendingMigrations(context.Name, pending);
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema of {Context} is up to date.")]
    private partial void LogMigrated(string context);
}

/// <summary>A module's schema that is behind the code.</summary>
public sealed record PendingMigrations(string Context, int Count);
