using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Shared.Options;
using Portal.Storage.Database;
using Portal.Storage.Redis;
using Portal.Tips.AntiBot;
using Portal.Tips.Audit;
using Portal.Tips.Attachments;
using Portal.Tips.Data;
using Portal.Tips.Monitoring;
using Portal.Tips.Reporting;
using Portal.Tips.Oversight;
using Portal.Tips.Police;
using Portal.Tips.Protection;
using Portal.Tips.Retention;
using Portal.Tips.Rewards;
using Portal.Tips.Volunteers;

namespace Portal.Tips;

public static class TipsModule
{
    /// <summary>Everything the Tips module needs from the host: its data, keys, anti-automation and services.</summary>
    public static IHostApplicationBuilder AddTipsModule(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddTipMetrics();
        services.AddPortalDbContext<TipsDbContext, SqliteTipsDbContext, PostgresTipsDbContext>(TipsDbContext.Schema);
        services.AddSingleton(provider => new TipsContexts(provider.GetRequiredService<IDbContextFactory<TipsDbContext>>()));
        services.AddHealthChecks().AddDbContextCheck<TipsDbContext>("tips-database", tags: ["ready"]);
        services.AddTipProtection();
        services.AddSingleton<Sealing.UnitKeyStore>(); // the sealed-tip key model (docs/decisions/0015)
        services.AddSingleton<Sealing.UnitRecipients>();
        services.AddSingleton<Sealing.IntakeSealer>();
        services.AddSingleton<Sealing.TipSealMigration>();
        services.AddSingleton<Sealing.IdentityDisclosures>();
        services.AddValidatedOptions<Sealing.DisclosureOptions>(Sealing.DisclosureOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Sealing.DisclosureOptions>, Sealing.DisclosureOptionsValidator>());
        services.AddTipAntiBot();
        services.AddTipAttachments();
        services.AddSingleton<TipKeyring>();
        services.AddSingleton<ReceiptHashes>();
        services.AddSingleton<TipIntake>();
        services.AddSingleton<TipFollowUp>();
        services.AddValidatedOptions<ClientBucketOptions>(ClientBucketOptions.SectionName);
        services.AddPortalRedis(); // the client-bucket key and the limits, shared when several nodes run
        services.AddSingleton<ClientBuckets>();
        services.AddTipRewards();
        services.AddTipPolice();
        services.AddTipAuditCheckpoints();
        services.AddTipRetention();
        services.AddVolunteers();
        services.AddTipOversight();
        return builder;
    }
}
