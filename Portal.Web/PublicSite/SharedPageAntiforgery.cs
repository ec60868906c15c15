using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Web.PublicSite;

/// <summary>
/// Blazor's page endpoint asks for antiforgery tokens on every server-rendered page (an app with interactive render
/// modes always does), which sets a per-reader cookie and <c>Cache-Control: no-store</c> — so no anonymous public page
/// could ever be stored by the output cache. A response the output cache is about to share (its policy allowed
/// storage: an anonymous GET of a page that shows only published content) needs no token, because such a page has no
/// form that posts; this decorator hands it tokens without storing the cookie. Were a form ever put on a cached page,
/// its post would fail the antiforgery check (400) rather than share one reader's token with everyone.
/// </summary>
public sealed class SharedPageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsShared(httpContext) ? inner.GetTokens(httpContext) : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext)
    {
        if (!IsShared(httpContext))
        {
            inner.SetCookieTokenAndHeader(httpContext);
        }
    }

    private static bool IsShared(HttpContext httpContext) =>
        httpContext.Features.Get<IOutputCacheFeature>()?.Context is { AllowCacheStorage: true };

    /// <summary>Wraps the registered <see cref="IAntiforgery"/> (call after <c>AddRazorComponents</c>).</summary>
    internal static void Decorate(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IAntiforgery))
            ?? throw new InvalidOperationException("Antiforgery must be registered before the public site shell.");
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(IAntiforgery),
            provider => new SharedPageAntiforgery(Create(provider, registered)),
            registered.Lifetime));
    }

    private static IAntiforgery Create(IServiceProvider provider, ServiceDescriptor registered) =>
        (IAntiforgery)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));
}
