using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Portal.Web.Hosting;

/// <summary>
/// Chinese first: zh-CN is the default for every visitor, English is chosen with the language switch and kept in
/// the culture cookie. The browser's Accept-Language is deliberately not consulted, so the portal looks the same
/// on every phone until the reader picks English.
/// </summary>
public static class PortalLocalization
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly IReadOnlyList<CultureInfo> Cultures = [new(Chinese), new(English)];

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Chinese);
            options.SupportedCultures = [.. Cultures];
            options.SupportedUICultures = [.. Cultures];
            options.RequestCultureProviders =
            [
                new EnglishPathCultureProvider(),
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>GET /culture/{culture}?returnUrl=…: remembers the reader's language and goes back where they were.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext context) =>
            {
                var chosen = Cultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
                if (chosen is null)
                {
                    return Results.NotFound();
                }

                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
                // "~" keeps the path base: the layout sends the app path (without it).
                return Results.LocalRedirect("~" + (LocalUrls.Local(returnUrl) ?? "/"));
            })
            .AllowAnonymous()
            .WithName("SwitchCulture");
        return endpoints;
    }

    public static string SwitchUrl(string culture, string returnUrl) =>
        $"culture/{culture}?returnUrl={Uri.EscapeDataString(LocalUrls.WithoutReturn(returnUrl))}";

    /// <summary>A page under <c>/en</c> is English whatever the cookie says (its URL is what gets shared and cached).</summary>
    private sealed class EnglishPathCultureProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            Task.FromResult(httpContext.Request.Path.StartsWithSegments("/en", StringComparison.Ordinal)
                ? new ProviderCultureResult(English)
                : null);
    }
}
