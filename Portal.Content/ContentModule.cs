using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Portal.Content.Alerts;
using Portal.Content.Audit;
using Portal.Content.Blocks;
using Portal.Content.Data;
using Portal.Content.Delivery;
using Portal.Content.Departments;
using Portal.Content.Downloads;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Oversight;
using Portal.Content.Publication;
using Portal.Content.Reading;
using Portal.Content.Revisions;
using Portal.Content.Seed;
using Portal.Content.Search;
using Portal.Content.Slugs;
using Portal.Content.Taxonomy;
using Portal.Content.Workflow;
using Portal.Storage.Database;
using Portal.Shared.Options;

namespace Portal.Content;

public static class ContentModule
{
    /// <summary>Everything the Content module needs from the host: its data, services, scheduler and readiness check.</summary>
    public static IHostApplicationBuilder AddContentModule(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddPortalDbContext<ContentDbContext, SqliteContentDbContext, PostgresContentDbContext>(ContentDbContext.Schema);
        services.AddSingleton(provider => new ContentContexts(provider.GetRequiredService<IDbContextFactory<ContentDbContext>>()));
        services.AddReferenceData<ContentDbContext, DepartmentReferenceData>();
        services.AddReferenceData<ContentDbContext, TaxonomyReferenceData>();
        services.AddHealthChecks().AddDbContextCheck<ContentDbContext>("content-database", tags: ["ready"]);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RichTextSanitizer>();
        services.AddSingleton<DepartmentAdministration>();
        services.AddSingleton<ContentDepartments>();
        services.AddSingleton<ContentTaxonomy>();
        services.AddSingleton<TaxonomyAdministration>();
        services.AddSingleton<ContentAuditLog>();
        services.AddSingleton<PublicationNotifier>();
        services.AddSingleton<VersionPreparation>();
        services.AddSingleton<ContentEditor>();
        services.AddSingleton<ContentVariants>();
        services.AddSingleton<ContentCatalog>();
        services.AddSingleton<ContentWorkflow>();
        services.AddSingleton<ContentRevisions>();
        services.AddSingleton<ContentRedirects>();
        services.AddSingleton<ContentReader>();
        services.AddSingleton<ScheduledPublicationRunner>();
        services.AddSingleton<ContentSearch>();
        services.AddSingleton<ContentSearchIndexer>();
        services.AddSingleton<PublishedContent>();
        services.AddSingleton<ActiveAlerts>();
        services.AddSingleton<PublishedListing>();
        services.AddValidatedOptions<ContentSchedulerOptions>(ContentSchedulerOptions.SectionName);
        services.AddHostedService<ScheduledPublicationWorker>();
        services.AddValidatedOptions<MediaOptions>(MediaOptions.SectionName);
        services.AddSingleton<MediaLibrary>();
        services.AddSingleton<MediaDownloadCounter>();
        services.AddSingleton<ContentOversight>();
        services.AddSingleton<ContentSeeder>();
        services.AddSingleton(provider => new ContentSeeding(provider.GetRequiredService<ContentSeeder>()));
        services.AddValidatedOptions<ContentSeedOptions>(ContentSeedOptions.SectionName);
        return builder;
    }
}
