using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Portal.Shared.Options;
using Portal.Shared.Workers;
using Portal.Tips.Monitoring;

namespace Portal.Web.Hosting.Monitoring;

/// <summary>
/// OpenTelemetry metrics (requests by route template, the Tips module's and the background jobs' meters, the
/// runtime) and traces (requests and the portal's outgoing HTTP calls), exported by OTLP and/or scraped by
/// Prometheus on a listener of its own. Registered only when one of them is configured: otherwise nothing is
/// measured and no connection is made. No attribute may identify a person (<see cref="PrivateSpans"/>, docs/operations.md).
/// </summary>
public static class PortalMonitoring
{
    /// <summary>The meters exported besides ASP.NET Core's and HttpClient's own.</summary>
    public static readonly IReadOnlyList<string> Meters = [TipMetrics.MeterName, JobMetrics.MeterName, "System.Runtime"];

    public static WebApplicationBuilder AddPortalMonitoring(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<MonitoringOptions>(MonitoringOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MonitoringOptions>, MonitoringOptionsValidator>());

        // Read here because it decides what is registered; a wrong value is registered as off and stops start-up
        // through the validator.
        var settings = builder.Configuration.GetSection(MonitoringOptions.SectionName).Get<MonitoringOptions>() ?? new();
        if (!settings.AnyExport)
        {
            return builder;
        }

        var otlp = settings.Otlp.EndpointUri;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddMeter([.. Meters])
                    // Exemplars would copy a measurement's dropped attributes and its trace into the export.
                    .SetExemplarFilter(ExemplarFilterType.AlwaysOff);
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(exporter => PointAt(exporter, settings.Otlp, otlp, "v1/metrics"));
                }

                if (settings.Prometheus.Enabled)
                {
                    metrics.AddPrometheusExporter();
                }
            });

        if (otlp is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new TraceIdRatioBasedSampler(Math.Clamp(settings.Otlp.TraceSampleRatio, 0, 1)))
                .AddAspNetCoreInstrumentation(server => server.RecordException = false)
                .AddHttpClientInstrumentation(client => client.RecordException = false)
                // Before the exporter: processors see a span in the order they were added.
                .AddProcessor(new PrivateSpans())
                .AddOtlpExporter(exporter => PointAt(exporter, settings.Otlp, otlp, "v1/traces")));
        }

        if (settings.Prometheus is { Enabled: true, ListenUrl: { } listenUrl })
        {
            services.AddSingleton(provider => new MetricsScrapeServer(provider.GetRequiredService<MeterProvider>(), listenUrl));
            services.AddHostedService(provider => provider.GetRequiredService<MetricsScrapeServer>());
        }

        return builder;
    }

    private static void PointAt(OtlpExporterOptions exporter, OtlpMonitoringOptions settings, Uri endpoint, string signalPath)
    {
        exporter.Protocol = settings.Protocol;
        // Over HTTP each signal has its own path under the collector's address; gRPC takes the address as it is.
        exporter.Endpoint = settings.Protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/" + signalPath)
            : endpoint;
    }
}
