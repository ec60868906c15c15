using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Portal.Web.Hosting;

/// <summary>
/// Tells Blazor that a page excluded from interactive routing (the public site, account pages, the volunteer area,
/// printable staff pages) renders no interactive component. Blazor gives every page of an app the render modes the
/// app configured (Interactive Server, for the staff pages), and with one configured it persists component state at
/// the end of every page: it asks for an antiforgery token (Data Protection work and a cookie, even on a page without
/// a form), serialises it and encrypts it into a <c>&lt;!--Blazor-Server-Component-State:…--&gt;</c> comment that no
/// script on a static page ever reads. With no render mode configured for the endpoint, Blazor's own path for static
/// apps applies: nothing is persisted, a token is made only when a form on the page asks for one, and an interactive
/// component put on such a page fails loudly instead of rendering.
/// </summary>
public static class StaticPageRenderModes
{
    // Blazor keeps the configured modes in endpoint metadata of an internal type; its public constructor takes the
    // modes. Found once at start-up, so a framework that renamed it stops the portal here, not on a request.
    private const string MetadataTypeName = "Microsoft.AspNetCore.Components.Endpoints.ConfiguredRenderModesMetadata";

    public static RazorComponentsEndpointConventionBuilder WithNoRenderModesOnStaticPages(this RazorComponentsEndpointConventionBuilder builder)
    {
        var metadataType = typeof(RazorComponentsEndpointConventionBuilder).Assembly.GetType(MetadataTypeName, throwOnError: true)!;
        var noRenderModes = Activator.CreateInstance(metadataType, [Array.Empty<IComponentRenderMode>()])
            ?? throw new InvalidOperationException($"{MetadataTypeName} could not be created.");
        builder.Add(endpoint =>
        {
            if (!endpoint.Metadata.OfType<ExcludeFromInteractiveRoutingAttribute>().Any())
            {
                return;
            }

            for (var i = endpoint.Metadata.Count - 1; i >= 0; i--)
            {
                if (metadataType.IsInstanceOfType(endpoint.Metadata[i]))
                {
                    endpoint.Metadata.RemoveAt(i);
                }
            }

            endpoint.Metadata.Add(noRenderModes);
        });
        return builder;
    }
}
