namespace Portal.Web.Hosting;

/// <summary>
/// Marks a page or endpoint whose answer is personal or secret (a tip, a receipt, a volunteer's data, a case file): no
/// browser, proxy or output cache may keep it. On a Razor component as <c>@attribute [NoStore]</c> (a folder's
/// <c>_Imports.razor</c> marks the whole folder), on a minimal API with <see cref="NoStore.WithNoStore{TBuilder}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class NoStoreAttribute : Attribute;

public static class NoStore
{
    public static TBuilder WithNoStore<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new NoStoreAttribute());

    /// <summary>The one place the header is set, for every marked endpoint, whatever status it answers with.</summary>
    public static IApplicationBuilder UseNoStore(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<NoStoreAttribute>() is not null)
            {
                context.Response.OnStarting(() =>
                {
                    // Last word: replaces what a page or handler set (Blazor's "no-cache, no-store, max-age=0" included).
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
}
