namespace Portal.Web.Police;

/// <summary>The police desk: the queue, the tip page, case files and the original attachments.</summary>
public static class PoliceFeature
{
    public static WebApplicationBuilder AddPoliceFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StaffSession>();
        return builder;
    }

    /// <summary>After authentication: tip pages outside the officer's jurisdictions answer 404.</summary>
    public static IApplicationBuilder UsePoliceFeature(this IApplicationBuilder app) => app.UseTipPageScope();

    public static IEndpointRouteBuilder MapPoliceFeature(this IEndpointRouteBuilder endpoints) => endpoints.MapTipAttachmentDownloads();
}
