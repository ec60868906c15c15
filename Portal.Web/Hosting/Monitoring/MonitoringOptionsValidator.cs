using Microsoft.Extensions.Options;

namespace Portal.Web.Hosting.Monitoring;

/// <summary>One line per wrong monitoring setting, naming it.</summary>
internal sealed class MonitoringOptionsValidator : IValidateOptions<MonitoringOptions>
{
    public ValidateOptionsResult Validate(string? name, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Prefix = MonitoringOptions.SectionName + ":";
        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            failures.Add($"{Prefix}ServiceName: must not be empty.");
        }

        var otlp = options.Otlp;
        if (!string.IsNullOrWhiteSpace(otlp.Endpoint) && otlp.EndpointUri is null)
        {
            failures.Add($"{Prefix}Otlp:Endpoint: an absolute http(s) address of the collector is required, e.g. http://otel-collector:4317.");
        }

        if (!Enum.IsDefined(otlp.Protocol))
        {
            failures.Add($"{Prefix}Otlp:Protocol: must be Grpc or HttpProtobuf.");
        }

        if (otlp.TraceSampleRatio is < 0 or > 1 || double.IsNaN(otlp.TraceSampleRatio))
        {
            failures.Add($"{Prefix}Otlp:TraceSampleRatio: must be between 0 and 1.");
        }

        if (options.Prometheus is { Enabled: true, ListenUrl: { } listenUrl } && ScrapeListenUrlProblem(listenUrl) is { } problem)
        {
            failures.Add($"{Prefix}Prometheus:ListenUrl: {problem}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? ScrapeListenUrlProblem(string listenUrl)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(listenUrl);
        }
        catch (FormatException)
        {
            return "not an address to listen on; use http://ADDRESS:PORT, e.g. http://10.0.0.5:9464.";
        }

        if (address.IsUnixPipe || address.Scheme != Uri.UriSchemeHttp || address.PathBase.Length > 0)
        {
            return "use http://ADDRESS:PORT with no path, e.g. http://10.0.0.5:9464 (an address on the monitoring network, not the public one).";
        }

        return address.Port is < 0 or > 65535 ? "the port must be between 0 and 65535." : null;
    }
}
