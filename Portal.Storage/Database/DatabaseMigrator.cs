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

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema of {Context} is up to date.")]
    private partial void LogMigrated(string context);
}
