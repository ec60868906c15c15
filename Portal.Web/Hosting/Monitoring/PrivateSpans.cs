using System.Diagnostics;
using OpenTelemetry;

namespace Portal.Web.Hosting.Monitoring;

/// <summary>
/// The last step before any exporter: a span leaves the process with only the attributes named here, whatever an
/// instrumentation (or a newer version of one) put on it. What is dropped: the path and the query (the receipt link
/// carries <c>t=</c>, the follow-up <c>access=</c>, a tip's id is in staff paths), the client's address and port, the
/// user agent, the Host header, headers and cookies, the original text of an unknown method, and the status
/// description, which can hold an exception's message. A server span is named by its route template, never its path.
/// </summary>
internal sealed class PrivateSpans : BaseProcessor<Activity>
{
    /// <summary>Every attribute a span may keep: method, route template, status, scheme, protocol, error type and,
    /// for calls the portal makes, the host it called and the retry count.</summary>
    internal static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "http.request.method", "http.route", "http.response.status_code", "url.scheme", "network.protocol.version",
        "error.type", "server.address", "server.port", "http.request.resend_count", "otel.status_code",
    };

    /// <summary>Requests and the portal's own HTTP calls. The ASP.NET Core instrumentation also listens to Blazor's
    /// component spans, which say nothing useful without their component and route attributes.</summary>
    internal static readonly IReadOnlySet<string> Sources = new HashSet<string>(StringComparer.Ordinal) { "Microsoft.AspNetCore", "System.Net.Http" };

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!Sources.Contains(data.Source.Name))
        {
            // Exporters skip a span that is not recorded.
            data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
            return;
        }

        var server = data.Kind == ActivityKind.Server;
        foreach (var (key, _) in data.TagObjects.ToList())
        {
            // The Host header of a request is the caller's text; the host the portal called is its own setting.
            if (!Allowed.Contains(key) || (server && key is "server.address" or "server.port"))
            {
                data.SetTag(key, null);
            }
        }

        // A caller's tracestate header is its own text.
        data.TraceStateString = null;
        if (data.Status == ActivityStatusCode.Error)
        {
            data.SetStatus(ActivityStatusCode.Error);
        }

        var method = data.GetTagItem("http.request.method") as string ?? "HTTP";
        data.DisplayName = server && data.GetTagItem("http.route") is string route && route.Length > 0 ? $"{method} {route}" : method;
    }
}
