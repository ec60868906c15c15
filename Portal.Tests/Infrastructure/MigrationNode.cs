using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Content;
using Portal.Storage.Database;
using Portal.Tips;
using Portal.Web.Identity.Data;

namespace Portal.Tests.Infrastructure;

/// <summary>The modules' registrations (Content, Tips with Volunteers) and the identity context on one database, not started.</summary>
public static class MigrationNode
{
    public static ServiceProvider Create(string provider, string connectionString, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connectionString,
        });
        builder.Services.AddLogging();
        builder.AddContentModule();
        builder.AddTipsModule();
        builder.Services.AddPortalDbContext<PortalIdentityDbContext, SqlitePortalIdentityDbContext, PostgresPortalIdentityDbContext>(PortalIdentityDbContext.Schema);
        configure?.Invoke(builder.Services);
        return builder.Services.BuildServiceProvider(validateScopes: true);
    }
}
