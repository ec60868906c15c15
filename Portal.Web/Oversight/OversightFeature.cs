namespace Portal.Web.Oversight;

/// <summary>The oversight dashboard, its CSV tables and the annual report.</summary>
public static class OversightFeature
{
    public static WebApplicationBuilder AddOversightFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OversightViews>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOversightFeature(this IEndpointRouteBuilder endpoints) => endpoints.MapOversightCsv();
}
