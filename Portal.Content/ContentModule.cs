using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Content.Data;
using Portal.Storage.Database;

namespace Portal.Content;

public static class ContentModule
{
    /// <summary>Everything the Content module needs from the host: its data, services and readiness check.</summary>
    public static IHostApplicationBuilder AddContentModule(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddPortalDbContext<ContentDbContext, SqliteContentDbContext, PostgresContentDbContext>(ContentDbContext.Schema);
        builder.Services.AddHealthChecks().AddDbContextCheck<ContentDbContext>("content-database", tags: ["ready"]);
        return builder;
    }
}
