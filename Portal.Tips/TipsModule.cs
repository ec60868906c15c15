using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Tips.Data;
using Portal.Storage.Database;

namespace Portal.Tips;

public static class TipsModule
{
    /// <summary>Everything the Tips module needs from the host: its data, services and readiness check.</summary>
    public static IHostApplicationBuilder AddTipsModule(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddPortalDbContext<TipsDbContext, SqliteTipsDbContext, PostgresTipsDbContext>(TipsDbContext.Schema);
        builder.Services.AddHealthChecks().AddDbContextCheck<TipsDbContext>("tips-database", tags: ["ready"]);
        return builder;
    }
}
