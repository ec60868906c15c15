namespace Portal.Storage.Database;

/// <summary>One registered DbContext that the migrator brings up to date, or only checks.</summary>
public sealed record MigratableContext(
    string Name,
    Func<IServiceProvider, CancellationToken, Task> MigrateAsync,
    Func<IServiceProvider, CancellationToken, Task<int>> CountPendingAsync);
