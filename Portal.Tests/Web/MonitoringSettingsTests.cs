using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Portal.Tests.Infrastructure;
using Portal.Web.Hosting.Monitoring;

namespace Portal.Tests.Web;

/// <summary>Monitoring is off unless configured, a wrong setting is named, and a span leaves with allowlisted attributes only.</summary>
[UnitTest]
public sealed class MonitoringSettingsTests
{
    [Fact]
    public void Without_settings_no_telemetry_is_registered_and_nothing_listens()
    {
        var services = Registered(new Dictionary<string, string?>());

        Assert.DoesNotContain(services, service => service.ServiceType == typeof(MeterProvider) || service.ServiceType == typeof(TracerProvider));
        Assert.DoesNotContain(services, service => service.ServiceType == typeof(MetricsScrapeServer));
    }

    [Fact]
    public void Prometheus_alone_brings_metrics_and_its_listener_but_no_traces()
    {
        var services = Registered(new Dictionary<string, string?> { ["Monitoring:Prometheus:ListenUrl"] = "http://127.0.0.1:9464" });

        Assert.Contains(services, service => service.ServiceType == typeof(MetricsScrapeServer));
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetService<MeterProvider>());
        Assert.Null(provider.GetService<TracerProvider>());
    }

    [Theory]
    [InlineData("Monitoring:Otlp:Endpoint", "collector:4317", "Monitoring:Otlp:Endpoint:")]
    [InlineData("Monitoring:Otlp:Endpoint", "ftp://collector:4317", "Monitoring:Otlp:Endpoint:")]
    [InlineData("Monitoring:Otlp:TraceSampleRatio", "1.5", "Monitoring:Otlp:TraceSampleRatio:")]
    [InlineData("Monitoring:Prometheus:ListenUrl", "https://10.0.0.5:9464", "Monitoring:Prometheus:ListenUrl:")]
    [InlineData("Monitoring:Prometheus:ListenUrl", "http://10.0.0.5:9464/metrics", "Monitoring:Prometheus:ListenUrl:")]
    [InlineData("Monitoring:Prometheus:ListenUrl", "10.0.0.5", "Monitoring:Prometheus:ListenUrl:")]
    [InlineData("Monitoring:ServiceName", " ", "Monitoring:ServiceName:")]
    public void A_wrong_setting_is_named(string key, string value, string named)
    {
        using var provider = Registered(new Dictionary<string, string?> { [key] = value }).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MonitoringOptions>>().Value);
        Assert.StartsWith(named, failure.Failures.First(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_keeps_only_allowlisted_attributes_and_is_named_by_its_route_template()
    {
        using var source = new ActivitySource("Microsoft.AspNetCore");
        using var listener = new ActivityListener
        {
            ShouldListenTo = candidate => candidate == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var span = source.StartActivity("GET /report/receipt", ActivityKind.Server)!;
        span.SetTag("http.request.method", "GET").SetTag("http.route", "/report/receipt").SetTag("http.response.status_code", 200)
            .SetTag("url.path", "/report/receipt").SetTag("url.query", "t=secret-token").SetTag("client.address", "203.0.113.7")
            .SetTag("user_agent.original", "Mozilla/5.0").SetTag("server.address", "evil.example").SetTag("http.request.header.cookie", "c=1");
        span.TraceStateString = "vendor=caller-text";
        span.SetStatus(ActivityStatusCode.Error, "a message that may quote the reporter");

        using var processor = new PrivateSpans();
        processor.OnEnd(span);

        Assert.Equal(
            ["http.request.method", "http.response.status_code", "http.route"],
            span.TagObjects.Select(tag => tag.Key).Order(StringComparer.Ordinal));
        Assert.Equal("GET /report/receipt", span.DisplayName);
        Assert.Null(span.TraceStateString);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Null(span.StatusDescription);
        Assert.True(span.Recorded);
    }

    private static IServiceCollection Registered(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddPortalMonitoring();
        return builder.Services;
    }
}
