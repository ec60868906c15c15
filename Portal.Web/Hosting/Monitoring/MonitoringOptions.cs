using OpenTelemetry.Exporter;

namespace Portal.Web.Hosting.Monitoring;

/// <summary>
/// Section <c>Monitoring</c>: where metrics and traces go. Nothing is set by default, and then nothing is
/// collected and no connection is made.
/// </summary>
public sealed class MonitoringOptions
{
    public const string SectionName = "Monitoring";

    /// <summary>The <c>service.name</c> the collector and Prometheus see.</summary>
    public string ServiceName { get; set; } = "gansu-portal";

    public OtlpMonitoringOptions Otlp { get; set; } = new();

    public PrometheusMonitoringOptions Prometheus { get; set; } = new();

    /// <summary>Whether anything is exported at all; otherwise the portal registers no telemetry.</summary>
    internal bool AnyExport => Otlp.EndpointUri is not null || Prometheus.Enabled;
}

/// <summary>Section <c>Monitoring:Otlp</c>: an OpenTelemetry collector that receives metrics and traces.</summary>
public sealed class OtlpMonitoringOptions
{
    /// <summary>The collector's address, e.g. <c>http://otel-collector:4317</c> (gRPC) or <c>http://otel-collector:4318</c>
    /// (HTTP, the signal's path is added); none: no OTLP export and no traces.</summary>
    public string? Endpoint { get; set; }

    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;

    /// <summary>The share of requests traced (0 to 1).</summary>
    public double TraceSampleRatio { get; set; } = 1.0;

    internal Uri? EndpointUri =>
        Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}

/// <summary>Section <c>Monitoring:Prometheus</c>: the scrape endpoint, on a listener of its own.</summary>
public sealed class PrometheusMonitoringOptions
{
    /// <summary>Where the scrape endpoint listens, e.g. <c>http://10.0.0.5:9464</c>; it answers <c>/metrics</c> there
    /// and nothing else, and the public port never answers it. None: off.</summary>
    public string? ListenUrl { get; set; }

    internal bool Enabled => !string.IsNullOrWhiteSpace(ListenUrl);
}
