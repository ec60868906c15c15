using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Content.Seed;
using Portal.Shared.Workers;
using Portal.Storage.Blobs;
using Portal.Storage.Database;
using Portal.Web.Identity;
using Portal.Web.PublicSite;

namespace Portal.Web.Hosting;

/// <summary>
/// What happens between Build() and serving: check settings, migrate, run a command or seed, then serve.
/// A setting that is missing or wrong, or a database or blob store that cannot be reached, stops the host
/// with one line on standard error that names the setting, and exit code 1.
/// </summary>
public static partial class PortalStartup
{
    public static async Task<int> RunPortalAsync(this WebApplication app, string[] args)
    {
        var command = PortalCommandLine.Parse(args);
        try
        {
            SitePathBase.From(app.Configuration);
            var database = ValidatedOptions<DatabaseOptions>(app);
            var storage = ValidatedOptions<BlobStorageOptions>(app);
            var keyRing = ValidatedOptions<KeyRingProtectionOptions>(app);
            app.Services.GetService<IStartupValidator>()?.Validate();
            WarnIfKeyRingUnprotected(app, keyRing);
            await MigrateAsync(app, database, command.Name == PortalCommandLine.Migrate || database.MigrateOnStart);

            switch (command.Name)
            {
                case PortalCommandLine.Migrate:
                    await Console.Out.WriteLineAsync("Database migrated.");
                    return 0;
                case PortalCommandLine.CreateAdmin:
                    return await CreateAdminAsync(app, command);
                case PortalCommandLine.RewrapTipKeys:
                    return await ActivatorUtilities.CreateInstance<RewrapTipKeysCommand>(app.Services).RunAsync(command.Option("--batch-size"));
                case PortalCommandLine.VerifyAudit:
                    await CheckBlobStoreAsync(app, storage);
                    return await ActivatorUtilities.CreateInstance<VerifyAuditCommand>(app.Services).RunAsync(command.Option("--expect-head"), command.Option("--checkpoint"));
                case PortalCommandLine.AuditCheckpoint:
                    await CheckBlobStoreAsync(app, storage);
                    return await ActivatorUtilities.CreateInstance<AuditCheckpointCommand>(app.Services).RunAsync();
                case PortalCommandLine.SeedContent:
                    await CheckBlobStoreAsync(app, storage);
                    return await ActivatorUtilities.CreateInstance<SeedContentCommand>(app.Services).RunAsync();
                case PortalCommandLine.ReindexContent:
                    return await ActivatorUtilities.CreateInstance<ReindexContentCommand>(app.Services).RunAsync();
                case PortalCommandLine.SealTips:
                    return await ActivatorUtilities.CreateInstance<SealTipsCommand>(app.Services).RunAsync(command.Flag("--drop-server-copies"), command.Option("--batch-size"));
                case PortalCommandLine.CreateUnitKey:
                    return await ActivatorUtilities.CreateInstance<CreateUnitKeyCommand>(app.Services).RunAsync(command.Option("--unit"), command.Option("--members"), command.Option("--qr-file"));
                case PortalCommandLine.RecoverUnitKey:
                    await using (var scope = app.Services.CreateAsyncScope())
                    {
                        return await ActivatorUtilities.CreateInstance<RecoverUnitKeyCommand>(scope.ServiceProvider).RunAsync(command.Option("--unit"), command.Option("--member"));
                    }

                case PortalCommandLine.Unknown:
                    await Console.Error.WriteLineAsync($"Unknown command '{command.Argument}'. Commands: migrate, create-admin --email ADDRESS [--role security|system|audit] [--name NAME], rewrap-tip-keys [--batch-size N], verify-audit [--expect-head LINK] [--checkpoint FILE], audit-checkpoint, seed-content, reindex-content, create-unit-key --unit KEY --members EMAILS [--qr-file PATH], seal-tips [--drop-server-copies] [--batch-size N], recover-unit-key --unit KEY --member EMAIL.");
                    return 2;
            }

            // Only before serving: the commands are how an operator gets out of an unsafe state (rewrap-tip-keys
            // moves tips off a published KEK).
            await ProductionSafety.CheckAsync(app);
            await CheckBlobStoreAsync(app, storage);
            await SeedAsync(app);
        }
        catch (OptionsValidationException exception)
        {
            await Console.Error.WriteLineAsync("Start-up stopped: " + exception.Failures.First());
            return 1;
        }
        catch (AggregateException exception) when (exception.InnerExceptions.FirstOrDefault() is OptionsValidationException first)
        {
            // Several settings are wrong at once: name the first; fixing it shows the next.
            await Console.Error.WriteLineAsync("Start-up stopped: " + first.Failures.First());
            return 1;
        }
        catch (StartupFailureException exception)
        {
            await Console.Error.WriteLineAsync("Start-up stopped: " + exception.Message);
            return 1;
        }

        try
        {
            await app.RunAsync();
        }
        catch (StartupFailureException exception)
        {
            // A hosted service that cannot start (the metrics listener's port is taken) fails inside RunAsync.
            await Console.Error.WriteLineAsync("Start-up stopped: " + exception.Message);
            return 1;
        }

        return 0;
    }

    private static void WarnIfKeyRingUnprotected(WebApplication app, KeyRingProtectionOptions keyRing)
    {
        if (!app.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(keyRing.CertificatePath))
        {
            LogKeyRingUnprotected(app.Logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DataProtection:CertificatePath is not set: the key ring is stored in the database unencrypted. Set it before going live (docs/security.md).")]
    private static partial void LogKeyRingUnprotected(ILogger logger);

    private static T ValidatedOptions<T>(WebApplication app)
        where T : class => app.Services.GetRequiredService<IOptions<T>>().Value;

    private static async Task MigrateAsync(WebApplication app, DatabaseOptions database, bool migrate)
    {
        PendingMigrations? pending;
        try
        {
            var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
            if (migrate)
            {
                await migrator.MigrateAllAsync();
                return;
            }

            pending = await migrator.FindPendingAsync();
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException { InnerException: DbException } or TimeoutException)
        {
            throw new StartupFailureException($"Database:ConnectionString: the {database.Provider} database cannot be reached or opened ({StartupFailureException.FirstLine(exception)}).", exception);
        }

        if (pending is not null)
        {
            throw new StartupFailureException($"Database:MigrateOnStart: is off and the {pending.Context} schema has {pending.Count} pending migration(s); run `migrate` as the database owner before starting nodes of this version.");
        }
    }

    private static async Task CheckBlobStoreAsync(WebApplication app, BlobStorageOptions storage)
    {
        var setting = storage.Provider.Equals(nameof(BlobStoreProvider.AzureBlob), StringComparison.OrdinalIgnoreCase)
            ? "Storage:AzureConnectionString"
            : "Storage:FileSystemRoot";
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await app.Services.GetRequiredService<IBlobStore>().EnsureAvailableAsync(timeout.Token);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new StartupFailureException($"{setting}: the {storage.Provider} blob store cannot be reached or written ({StartupFailureException.FirstLine(exception)}).", exception);
        }
    }

    /// <summary>The lock nodes take to seed: started together on an empty database, one seeds and the others go on.</summary>
    public const string SeedLock = "start-up-seed";

    private static async Task SeedAsync(WebApplication app)
    {
        // Without it, nodes started together each seed and collide on the database's unique indexes.
        var seeded = await app.Services.GetRequiredService<IRoundLock>().RunOnceAcrossNodesAsync(SeedLock, async cancellationToken =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await PortalRoleSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
            if (app.Environment.IsDevelopment())
            {
                await scope.ServiceProvider.GetRequiredService<DevelopmentDemoAccounts>().SeedAsync();
                await scope.ServiceProvider.GetRequiredService<Volunteers.DevelopmentVolunteerDemo>().SeedAsync();
                await scope.ServiceProvider.GetRequiredService<Content.DevelopmentContentGrants>().SeedAsync();
                await scope.ServiceProvider.GetRequiredService<Rewards.DevelopmentClaimOffices>().SeedAsync();
            }

            if (app.Services.GetRequiredService<IOptions<ContentSeedOptions>>().Value.Enabled)
            {
                await app.Services.GetRequiredService<ContentSeeding>().SeedAsync(cancellationToken);
            }
        });
        if (!seeded)
        {
            LogSeedingElsewhere(app.Logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another node is seeding the database; this one starts without seeding.")]
    private static partial void LogSeedingElsewhere(ILogger logger);

    private static async Task<int> CreateAdminAsync(WebApplication app, PortalCommandLine command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CreateAdminCommand>().RunAsync(command.Option("--email"), command.Option("--name"), command.Option("--role"));
    }
}
