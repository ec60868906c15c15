using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;
using MudBlazor.Services;
using Portal.Shared.Time;
using Portal.Storage.Blobs;
using Portal.Storage.Mail;
using Portal.Web.Hosting.Monitoring;

namespace Portal.Web.Hosting;

/// <summary>What every feature relies on and no feature owns: time, logging, languages, storage, mail, the Razor
/// components, the output cache and compression.</summary>
public static class PortalHosting
{
    public static WebApplicationBuilder AddPortalHosting(this WebApplicationBuilder builder)
    {
        builder.Logging.AddPortalLogFilters();
        builder.AddPortalMonitoring();
        var services = builder.Services;
        services.AddSingleton<TimeProvider>(ChinaTimeProvider.SystemClock);
        services.AddHttpContextAccessor();
        services.AddPortalLocalization();
        services.AddPortalBlobStore();
        services.AddPortalMail();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        // MudBlazor's own texts and aria labels in the page's language (it falls back to English for a missing key).
        services.AddTransient<MudBlazor.MudLocalizer, PortalMudLocalizer>();
        // Chinese text goes out as UTF-8 characters, not as &#x…; entities three times its size.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Features add their own policies (services.Configure<OutputCacheOptions>); the store is shared by every
        // node when Redis is configured, so eviction by tag reaches them all.
        services.AddPortalOutputCache();
        services.AddPortalCompression();
        services.AddPortalReverseProxy();
        services.AddTransportSecurity(builder.Environment);
        return builder;
    }

    /// <summary>
    /// Outside Development every cookie is <c>Secure</c>, whatever the request looked like (behind a proxy that forgot
    /// <c>X-Forwarded-Proto</c> it would otherwise go out in the clear), and HSTS is sent for every host name: a
    /// province may well serve the portal from an address that is also a development host's.
    /// </summary>
    private static void AddTransportSecurity(this IServiceCollection services, IHostEnvironment environment)
    {
        services.Configure<CookiePolicyOptions>(options =>
            options.Secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.ExcludedHosts.Clear();
        });
    }

    private static void AddPortalCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });
        // Pages are compressed on every request (the output cache keeps them uncompressed): the fastest levels keep that cheap.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, ShellCompression>();
    }
}
