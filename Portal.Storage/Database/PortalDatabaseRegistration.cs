using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;
using Portal.Shared.Workers;

namespace Portal.Storage.Database;

public static class PortalDatabaseRegistration
{
    private static readonly SqliteBusyTimeout BusyTimeout = new();

    /// <summary>
    /// Registers a module's context the same way for every module: one subclass per provider owns that provider's
    /// migrations (Data/Migrations/Sqlite and Data/Migrations/Postgres), the configured one is served as
    /// <typeparamref name="TContext"/> through <see cref="IDbContextFactory{TContext}"/> and as a scoped context,
    /// and the migrator learns about it (it inserts the context's <see cref="IReferenceData{TContext}"/> right after
    /// migrating). On PostgreSQL each context has its own schema and history table.
    /// </summary>
    public static IServiceCollection AddPortalDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, string schema)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        services.AddPortalDatabaseOptions();
        services.AddDbContextFactory<TSqlite>((provider, options) =>
            options.UseSqlite(SqliteConnectionString(provider), sqlite => sqlite.MigrationsHistoryTable($"__EFMigrationsHistory_{schema}"))
                .AddInterceptors(BusyTimeout));
        services.AddDbContextFactory<TPostgres>((provider, options) =>
            options.UseNpgsql(Options(provider).ConnectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema)));

        services.AddSingleton<IDbContextFactory<TContext>>(provider => Options(provider).ParsedProvider switch
        {
            DatabaseProvider.Postgres => new UpcastDbContextFactory<TContext, TPostgres>(provider.GetRequiredService<IDbContextFactory<TPostgres>>()),
            _ => new UpcastDbContextFactory<TContext, TSqlite>(provider.GetRequiredService<IDbContextFactory<TSqlite>>()),
        });
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddSingleton(new MigratableContext(typeof(TContext).Name, async (provider, cancellationToken) =>
        {
            await using var context = await provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(cancellationToken);
            if (context.Database.IsSqlite())
            {
                // Write-ahead logging: readers (a sign-in, a public page) go on while one writer writes, instead of
                // waiting for every background job's transaction. The mode is stored in the file, so once is enough.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            await using (context.Database.IsNpgsql()
                ? await PostgresMigrationLock.AcquireAsync(Options(provider).ConnectionString!, schema, cancellationToken)
                : null)
            {
                await context.Database.MigrateAsync(cancellationToken);
            }

            await ReferenceDataSeeding.InsertMissingAsync(context, provider.GetServices<IReferenceData<TContext>>(), cancellationToken);
        }, async (provider, cancellationToken) =>
        {
            await using var context = await provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(cancellationToken);
            return (await context.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        }));
        return services;
    }

    public static IServiceCollection AddPortalDatabaseOptions(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(DatabaseMigrator)))
        {
            return services;
        }

        services.AddValidatedOptions<DatabaseOptions>(DatabaseOptions.SectionName);
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddSingleton<DatabaseMigrator>();
        // Background jobs take a round lock: across nodes on PostgreSQL, none needed on SQLite (one node).
        services.AddSingleton<IRoundLock>(provider => Options(provider).ParsedProvider == DatabaseProvider.Postgres
            ? new PostgresRoundLock(Options(provider).ConnectionString!)
            : new SingleNodeRoundLock());
        return services;
    }

    private static DatabaseOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;

    /// <summary>A relative SQLite file is placed under the content root, in a folder created on first use.</summary>
    private static string SqliteConnectionString(IServiceProvider provider)
    {
        var builder = new SqliteConnectionStringBuilder(Options(provider).ConnectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
