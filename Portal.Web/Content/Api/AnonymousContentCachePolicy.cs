using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Portal.Content.Publication;
using Portal.Web.PublicSite;

namespace Portal.Web.Content.Api;

/// <summary>
/// The output-cache policy of public content responses (the JSON API and the public pages): only an
/// anonymous GET or HEAD is looked up or stored, so a signed-in staff member's response never enters the cache and
/// never gets someone else's; only a 200 without cookies is stored; one entry per query string, reader language and
/// reader preferences (<see cref="ReaderPreferences"/>).
/// Entries live until a publication evicts their tags (<see cref="OutputCacheEviction"/>) or <see cref="Expiration"/>.
/// </summary>
public sealed class AnonymousContentCachePolicy : IOutputCachePolicy
{
    public const string Name = "AnonymousContent";

    /// <summary>
    /// Eviction is immediate on every node when the store is shared (Redis); this bounds how stale another node's own
    /// store can be without Redis, and an entry whose eviction Redis missed while it was down.
    /// </summary>
    public static readonly TimeSpan Expiration = TimeSpan.FromSeconds(60);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && !IsSignedIn(http)
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Expiration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["ui-culture"] = CultureInfo.CurrentUICulture.Name;
        // The layout puts the reader's preferences into the markup; the normalised key keeps it to eight entries per page.
        context.CacheVaryByRules.VaryByValues["reader"] = ReaderPreferences.Of(http).Key;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie) || IsSignedIn(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsSignedIn(HttpContext http) => http.User.Identity?.IsAuthenticated == true;
}

/// <summary>Evicts the tags of every publication change from the output cache (every node's, when it is in Redis).</summary>
public sealed class OutputCacheEviction(IOutputCacheStore store) : IContentPublicationListener
{
    public async Task OnPublicationChangedAsync(ContentPublicationChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var tag in change.CacheTags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}

public static class PublicContentOutputCache
{
    /// <summary>The content pages' cache policy and its eviction on publication; the host registers the output cache itself.</summary>
    public static IServiceCollection AddPublicContentOutputCache(this IServiceCollection services)
    {
        services.Configure<OutputCacheOptions>(options => options.AddPolicy(AnonymousContentCachePolicy.Name, new AnonymousContentCachePolicy()));
        services.AddSingleton<IContentPublicationListener, OutputCacheEviction>();
        return services;
    }
}
