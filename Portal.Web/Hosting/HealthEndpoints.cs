using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Portal.Web.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// /health/live: the process answers. /health/ready: the databases and the blob store answer too.
    /// Both are anonymous on purpose (load balancers call them) and say nothing but the status.
    /// </summary>
    public static IEndpointRouteBuilder MapPortalHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        return endpoints;
    }
}
