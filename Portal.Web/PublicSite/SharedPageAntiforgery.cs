using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Web.PublicSite;

/// <summary>
/// A token asked for on a response the output cache is about to share (its policy allowed storage: an anonymous GET of
/// a page that shows only published content) comes without the per-reader cookie and <c>Cache-Control: no-store</c>
/// that storing it would set, which would keep the page out of the cache. Static pages ask for a token only when they
/// render a form (<see cref="Hosting.StaticPageRenderModes"/>), and a cached page has no form that posts; were one ever
/// put there, its post would fail the antiforgery check (400) rather than share one reader's token with everyone.
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
