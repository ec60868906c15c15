using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting.Pages;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Tips.Reporting;
using Portal.Web.Hosting.Monitoring;
using Portal.Web.Identity;
using Portal.Web.Reporting;

namespace Portal.Tests.Web;

/// <summary>
/// The real host with monitoring on (OTLP to a local fake collector, the Prometheus listener on its own port, and
/// in-memory exporters beside them): a reporter's and an officer's journey from a distinct client address leaves no
/// tip text, address, receipt, token, cookie or client address in any metric, span or byte sent to the collector,
/// while the metrics the operators need are there.
/// </summary>
[IntegrationTest]
public sealed class MonitoringPrivacyTests : IAsyncLifetime
{
    private readonly LockedCollection<Activity> spans = new();
    private readonly LockedCollection<MetricSnapshot> metrics = new();
    private FakeOtlpCollector collector = null!;
    private MonitoredPortalFactory portal = null!;

    public async Task InitializeAsync()
    {
        collector = await FakeOtlpCollector.StartAsync();
        portal = MonitoredPortalFactory.Start(
            new Dictionary<string, string?>
            {
                ["Monitoring:Otlp:Endpoint"] = collector.Url.ToString(),
                ["Monitoring:Otlp:Protocol"] = "HttpProtobuf",
                ["Monitoring:Prometheus:ListenUrl"] = "http://127.0.0.1:0",
            },
            spans,
            metrics);
    }

    public async Task DisposeAsync()
    {
        await portal.DisposeAsync();
        await collector.DisposeAsync();
    }

    [Fact]
    public async Task A_reporter_and_an_officer_leave_no_personal_data_in_any_metric_span_or_export()
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var narrative = $"监测隐私叙述{unique}：车站旁有人带走一名少年";
        var address = $"白银区监测路{unique}号";
        var replyText = $"补充监测消息{unique}";
        using var reporterHandler = FromClientAddress();
        using var reporter = new HttpClient(reporterHandler) { BaseAddress = portal.ServerAddress };

        var fields = TipForms.Fields(narrative);
        fields["Form.PlaceDetail"] = address;
        var receiptUrl = HtmlPage.RedirectTarget(await TipForms.SubmitAsync(reporter, fields));
        // One receipt cookie for each language's receipt page, both with the same token.
        var receiptToken = reporterHandler.CookieContainer.GetAllCookies().Where(cookie => cookie.Name == ReporterCookies.Receipt).Select(cookie => cookie.Value).Distinct().Single();
        var receipt = await HtmlPage.GetAsync(reporter, receiptUrl);
        var number = receipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent;
        var passphrase = receipt.Document.QuerySelector("[data-testid=receipt-passphrase]")!.TextContent;

        var signIn = await HtmlPage.GetAsync(reporter, "/report/follow-up");
        var opened = await HtmlPage.ParseAsync(await signIn.SubmitAsync(reporter, new Dictionary<string, string> { ["SignIn.Number"] = number, ["SignIn.Passphrase"] = passphrase }));
        var access = opened.Document.QuerySelector("input[name='Reply.Access']")!.GetAttribute("value")!;
        var sent = await HtmlPage.ParseAsync(await opened.SubmitAsync(reporter, new Dictionary<string, string> { ["Reply.Text"] = replyText }, "form:has(#reply)"));
        Assert.Contains(replyText, sent.Document.QuerySelector("[data-testid=messages]")!.TextContent, StringComparison.Ordinal);
        // The page never puts the token in an address; one typed there by hand must still not reach a span.
        Assert.Equal(HttpStatusCode.OK, (await reporter.GetAsync($"/report/follow-up?access={Uri.EscapeDataString(access)}")).StatusCode);

        var forged = TipForms.Fields(narrative);
        forged["altcha"] = Convert.ToBase64String(Encoding.UTF8.GetBytes("not a proof of work"));
        Assert.Equal(HttpStatusCode.OK, (await TipForms.SubmitAsync(reporter, forged)).StatusCode);

        var (tipId, jurisdiction) = await TheTipAsync();
        var officer = await TestUsers.CreateAsync(portal.Services, PortalRoles.Officer);
        Assert.Null((await portal.Services.GetRequiredService<OfficerGrants>().SetGrantsAsync("admin-test", officer.Id, [jurisdiction])).Error);
        using var officerHandler = FromClientAddress();
        using var staff = new HttpClient(officerHandler) { BaseAddress = portal.ServerAddress };
        Assert.Equal(HttpStatusCode.Redirect, (await StaffSignIn.WithAuthenticatorAsync(staff, officer)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/staff/tips")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/staff/tips/{tipId}")).StatusCode);

        await FlushUntilAsync(() => HasMetric("portal.job.runs") && HasMetric("portal.tips.p1_past_sla") && HasMetric("portal.tips.attachment_outbox.backlog"));

        var secrets = new List<string>
        {
            narrative, address, replyText, unique, number, number.Replace(" ", "", StringComparison.Ordinal), passphrase,
            receiptToken, access, tipId.ToString("N"), tipId.ToString(), officer.Email, officer.Password, ClientAddress.ToString(),
        };
        secrets.AddRange(Cookies(reporterHandler).Concat(Cookies(officerHandler)));
        secrets.AddRange(secrets.Select(Uri.EscapeDataString).ToList());
        Assert.NotEmpty(Cookies(officerHandler));

        var exportedSpans = spans.Snapshot();
        Assert.Contains(exportedSpans, span => span.DisplayName == "POST /report");
        Assert.Contains(exportedSpans, span => span.DisplayName == "GET /staff/tips/{Id:guid}");
        Assert.Contains(exportedSpans, span => span.DisplayName == "GET /report/follow-up");
        foreach (var span in exportedSpans)
        {
            Assert.Contains(span.Source.Name, PrivateSpans.Sources);
            Assert.All(span.TagObjects, tag => Assert.Contains(tag.Key, PrivateSpans.Allowed));
            AssertHoldsNone(secrets, $"span {span.DisplayName}", SpanText(span));
        }

        var exportedMetrics = metrics.Snapshot();
        foreach (var metric in exportedMetrics)
        {
            AssertHoldsNone(secrets, $"metric {metric.Name}", MetricText(metric));
        }

        Assert.True(Sum(exportedMetrics, "portal.tips.received", ("category", "forced-labour"), ("verified", false)) >= 1);
        Assert.True(Sum(exportedMetrics, "portal.tips.proof_of_work.failures", ("reason", "malformed")) >= 1);
        Assert.True(Sum(exportedMetrics, "portal.job.runs", ("job", "TipAlertWatcher"), ("outcome", "succeeded")) >= 1);
        Assert.Contains(PointsOf(exportedMetrics, "http.server.request.duration"), tags => Equals(tags.GetValueOrDefault("http.route"), "/staff/tips/{Id:guid}"));
        Assert.Contains(PointsOf(exportedMetrics, "http.server.request.duration"), tags => Equals(tags.GetValueOrDefault("http.route"), "/report"));
        Assert.DoesNotContain(PointsOf(exportedMetrics, "http.server.request.duration"), tags => tags.ContainsKey("url.path") || tags.ContainsKey("url.query"));

        var sentToCollector = collector.Received.ToList();
        Assert.Contains(sentToCollector, request => request.Path == "/v1/traces");
        Assert.Contains(sentToCollector, request => request.Path == "/v1/metrics");
        foreach (var (path, body) in sentToCollector)
        {
            Assert.All(secrets, secret => Assert.True(
                body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{path} sent to the collector holds \"{secret}\"."));
        }
    }

    [Fact]
    public async Task The_scrape_endpoint_answers_on_its_own_port_only_and_the_public_port_knows_no_metrics()
    {
        using var reporter = new HttpClient(ProductionSettings.TrustingHandler()) { BaseAddress = portal.ServerAddress };
        var narrative = "抓取端点测试 " + Guid.NewGuid();
        Assert.Equal(HttpStatusCode.Redirect, (await TipForms.SubmitAsync(reporter, TipForms.Fields(narrative))).StatusCode);
        var scrapeAddress = new Uri(portal.Services.GetRequiredService<MetricsScrapeServer>().Addresses.Single());
        Assert.NotEqual(portal.ServerAddress.Port, scrapeAddress.Port);
        using var prometheus = new HttpClient { BaseAddress = scrapeAddress };

        var scraped = await prometheus.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        var text = await scraped.Content.ReadAsStringAsync();
        Assert.Contains("portal_tips_received", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("http_route=\"/report\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(narrative, text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await prometheus.GetAsync("/report")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.GetAsync("/metrics")).StatusCode);
        using var withMetricsHost = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Host = scrapeAddress.Authority } };
        Assert.Equal(HttpStatusCode.NotFound, (await reporter.SendAsync(withMetricsHost)).StatusCode);
    }

    private static readonly IPAddress ClientAddress = IPAddress.Parse("127.0.0.2");

    /// <summary>A browser-like handler whose connections come from <see cref="ClientAddress"/>, told apart from the server's.</summary>
    private static SocketsHttpHandler FromClientAddress() => new()
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => ProductionSettings.TrustsTestServer(certificate) },
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(ClientAddress, 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    };

    private static IEnumerable<string> Cookies(SocketsHttpHandler handler) =>
        handler.CookieContainer.GetAllCookies().Select(cookie => cookie.Value).Where(value => value.Length > 8);

    /// <summary>The journey's tip: the only one in this host's throw-away database.</summary>
    private async Task<(Guid Id, string Jurisdiction)> TheTipAsync()
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var tip = await context.Set<Tip>().Select(t => new { t.Id, t.JurisdictionKey }).SingleAsync();
        return (tip.Id, tip.JurisdictionKey);
    }

    /// <summary>Exports what every provider holds until <paramref name="done"/> (the background rounds run on their own clock).</summary>
    private async Task FlushUntilAsync(Func<bool> done)
    {
        var tracer = portal.Services.GetRequiredService<TracerProvider>();
        var meter = portal.Services.GetRequiredService<MeterProvider>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            Assert.True(tracer.ForceFlush(10_000));
            // False whatever happens: the Prometheus reader only collects when scraped. The other two export.
            meter.ForceFlush(10_000);
            if (done())
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), timeout.Token);
        }
    }

    private bool HasMetric(string name) => metrics.Snapshot().Any(metric => metric.Name == name);

    private static void AssertHoldsNone(IEnumerable<string> secrets, string where, string text) =>
        Assert.All(secrets, secret => Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{where} holds \"{secret}\": {text}"));

    private static string SpanText(Activity span)
    {
        var text = new StringBuilder().Append(span.DisplayName).Append('|').Append(span.OperationName).Append('|')
            .Append(span.StatusDescription).Append('|').Append(span.TraceStateString).Append('|');
        foreach (var (key, value) in span.TagObjects.Concat(span.Baggage.Select(item => new KeyValuePair<string, object?>(item.Key, item.Value))))
        {
            text.Append(key).Append('=').Append(value).Append('|');
        }

        foreach (var item in span.Events)
        {
            text.Append(item.Name).Append(':').AppendJoin(',', item.Tags.Select(tag => $"{tag.Key}={tag.Value}")).Append('|');
        }

        foreach (var link in span.Links)
        {
            text.AppendJoin(',', (link.Tags ?? []).Select(tag => $"{tag.Key}={tag.Value}")).Append('|');
        }

        return text.ToString();
    }

    private static string MetricText(MetricSnapshot metric)
    {
        var text = new StringBuilder().Append(metric.Name).Append('|').Append(metric.Description).Append('|').Append(metric.Unit).Append('|');
        foreach (var point in metric.MetricPoints)
        {
            foreach (var tag in point.Tags)
            {
                text.Append(tag.Key).Append('=').Append(tag.Value).Append('|');
            }
        }

        return text.ToString();
    }

    private static List<Dictionary<string, object?>> PointsOf(IEnumerable<MetricSnapshot> exported, string name) =>
        exported.Where(metric => metric.Name == name)
            .SelectMany(metric => metric.MetricPoints.Select(point =>
            {
                var tags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    tags[tag.Key] = tag.Value;
                }

                return tags;
            }))
            .ToList();

    /// <summary>The largest cumulative sum exported for the counter's points carrying all of <paramref name="tags"/>.</summary>
    private static long Sum(IEnumerable<MetricSnapshot> exported, string name, params (string Key, object Value)[] tags) =>
        exported.Where(metric => metric.Name == name)
            .SelectMany(metric => metric.MetricPoints.Where(point =>
            {
                var pointTags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                {
                    pointTags[tag.Key] = tag.Value;
                }

                return tags.All(wanted => Equals(pointTags.GetValueOrDefault(wanted.Key), wanted.Value));
            }).Select(point => point.GetSumLong()))
            .DefaultIfEmpty(0)
            .Max();

    private sealed class MonitoredPortalFactory(IDictionary<string, string?> settings, LockedCollection<Activity> spans, LockedCollection<MetricSnapshot> metrics)
        : PortalFactory(null, settings)
    {
        /// <summary>On Kestrel, so requests come over real connections from a real client address.</summary>
        public static MonitoredPortalFactory Start(IDictionary<string, string?> settings, LockedCollection<Activity> spans, LockedCollection<MetricSnapshot> metrics)
        {
            var portal = new MonitoredPortalFactory(settings, spans, metrics);
            portal.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(ProductionSettings.TlsCertificate)));
            portal.StartServer();
            return portal;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
                services.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
            });
        }
    }

    /// <summary>The exporters add from several threads (every host in this process is heard by name) while a test reads.</summary>
    private sealed class LockedCollection<T> : ICollection<T>
    {
        private readonly List<T> items = [];

        public int Count
        {
            get
            {
                lock (items)
                {
                    return items.Count;
                }
            }
        }

        public bool IsReadOnly => false;

        public List<T> Snapshot()
        {
            lock (items)
            {
                return [.. items];
            }
        }

        public void Add(T item)
        {
            lock (items)
            {
                items.Add(item);
            }
        }

        public void Clear()
        {
            lock (items)
            {
                items.Clear();
            }
        }

        public bool Contains(T item) => Snapshot().Contains(item);

        public void CopyTo(T[] array, int arrayIndex) => Snapshot().CopyTo(array, arrayIndex);

        public bool Remove(T item)
        {
            lock (items)
            {
                return items.Remove(item);
            }
        }

        public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
