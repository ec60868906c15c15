using Portal.Web.Police.Sealing;

namespace Portal.Web.Police;

/// <summary>The police desk: the queue, the tip page, case files and the original attachments.</summary>
public static class PoliceFeature
{
    public static WebApplicationBuilder AddPoliceFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StaffSession>();
        builder.Services.AddSingleton<Sealing.UnitKeySessions>();
        builder.Services.AddScoped<Sealing.StaffKeyUnlocking>();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, Sealing.SealedTipAccessCircuitHandler>();
        return builder;
    }

    /// <summary>
    /// After authentication: each request runs with the keys its member or reporter holds (sealed tips), and tip pages
    /// outside the officer's jurisdictions answer 404.
    /// </summary>
    public static IApplicationBuilder UsePoliceFeature(this IApplicationBuilder app) => app.UseSealedTipAccess().UseTipPageScope();

    public static IEndpointRouteBuilder MapPoliceFeature(this IEndpointRouteBuilder endpoints) => endpoints.MapTipAttachmentDownloads();
}
