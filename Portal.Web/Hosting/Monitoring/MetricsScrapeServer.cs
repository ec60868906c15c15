using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OpenTelemetry.Metrics;

namespace Portal.Web.Hosting.Monitoring;

/// <summary>
/// The Prometheus scrape endpoint on a Kestrel server of its own, listening only on
/// <c>Monitoring:Prometheus:ListenUrl</c>: it shares nothing with the portal's pipeline, so no public address can reach
/// it whatever a request's Host header says, and it answers <c>/metrics</c> and 404 to everything else.
/// </summary>
internal sealed class MetricsScrapeServer(MeterProvider meters, string listenUrl) : IHostedService, IAsyncDisposable
{
    public const string Path = "/metrics";

    private WebApplication? server;

    /// <summary>Where it listens once started (the real port when the setting asked for port 0).</summary>
    public IReadOnlyCollection<string> Addresses =>
        server?.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(listenUrl);
        // Its own names, so the portal's request metrics and traces (which listen by name) do not count the scrapes.
        builder.Services.AddSingleton(new ActivitySource("Portal.MetricsScrape"));
        builder.Services.AddSingleton(new DiagnosticListener("Portal.MetricsScrape"));
        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (context.Features.Get<IHttpMetricsTagsFeature>() is { } metricsTags)
            {
                metricsTags.MetricsDisabled = true;
            }

            return next(context);
        });
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meters, context => context.Request.Path == Path, path: null, configureBranchedPipeline: null, optionsName: null);
        app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            await app.DisposeAsync();
            throw new StartupFailureException(
                $"Monitoring:Prometheus:ListenUrl: cannot listen on {listenUrl} ({StartupFailureException.FirstLine(exception)}).", exception);
        }

        server = app;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
        {
            await server.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
            server = null;
        }
    }
}
