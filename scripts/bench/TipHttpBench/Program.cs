using System.Diagnostics;
using System.Globalization;
using System.Net;
using Portal.Rehearsal;

// Tips per second through the portal's HTTP path, as a reporter's browser sends them: GET /report, solve the proof of
// work the page issues, post the form with every field the page has (antiforgery token and cookie included) and
// follow the redirect to the receipt. Every tip is a new reporter (no cookies yet); each worker keeps its connections
// alive, as a browser does. Prints "tips_per_second p50_ms p99_ms client_cpu_ms server_cpu_ms" on stdout (CPU time per
// tip; the server's from /proc when its process id is given, else 0).
//   dotnet scripts/bench/TipHttpBench/bin/Release/net10.0/TipHttpBench.dll --url http://127.0.0.1:5393 [--seconds 10] [--concurrency 8] [--server-pid N]
var url = new Uri(BenchArguments.Required(args, "--url", "the portal's base address"));
var duration = TimeSpan.FromSeconds(BenchArguments.Int(args, "--seconds", 10));
var concurrency = BenchArguments.Int(args, "--concurrency", 8);
var serverPid = BenchArguments.Int(args, "--server-pid", 0);

// The same tip as TipSubmitBench's service path, so the two rates compare like with like.
var narrative = string.Concat(Enumerable.Repeat("车站广场有一名成年男子带着一个哭泣的小女孩，女孩说不认识他。", 20));
var fields = new Dictionary<string, string>
{
    ["Form.Category"] = "child-abduction",
    ["Form.WhatHappened"] = narrative,
    ["Form.PlaceKey"] = "620102",
    ["Form.PlaceDetail"] = "兰州火车站东广场",
    ["Form.People[0].Role"] = "Suspect",
    ["Form.People[0].Sex"] = "Male",
    ["Form.People[0].Age"] = "40",
    ["Form.People[0].Description"] = "穿黑色外套",
    ["Form.Mode"] = "Named",
    ["Form.Name"] = "张三",
    ["Form.Phone"] = "13800138000",
};

// Time spent in each step, over all tips of the measured run (ticks of Stopwatch): the form, the solve, the post, the receipt.
var steps = new long[4];
long tips = 0;
using var connections = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

async Task SendTip()
{
    // The jar is left undisposed on purpose: disposing it would dispose the shared connections under it.
    using var client = new HttpClient(new CookieJar { InnerHandler = connections }, disposeHandler: false) { BaseAddress = url };
    var started = Stopwatch.GetTimestamp();
    var form = await Page.GetAsync(client, "/report");
    var challenge = form.Response.StatusCode == HttpStatusCode.OK
        ? form.Document.QuerySelector("form[data-altcha-challenge]")?.GetAttribute("data-altcha-challenge")
        : throw new StepFailed($"GET /report answered {(int)form.Response.StatusCode}");
    var solving = Stopwatch.GetTimestamp();
    var mine = new Dictionary<string, string>(fields) { ["altcha"] = ProofOfWork.Solve(challenge ?? throw new StepFailed("the report form carries no proof-of-work challenge")) };
    var posting = Stopwatch.GetTimestamp();
    using var posted = await form.SubmitAsync(client, mine, "form[data-altcha-challenge]");
    if (posted.StatusCode is not (HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.Redirect)
        || !Page.RedirectTarget(posted).Contains("/report/receipt", StringComparison.Ordinal))
    {
        var page = await Page.ParseAsync(posted);
        var said = page.Document.QuerySelector("[role=alert]")?.TextContent.Trim() ?? "";
        throw new StepFailed($"the form answered {(int)posted.StatusCode}, not the receipt: {said[..Math.Min(said.Length, 200)]}");
    }

    var receiving = Stopwatch.GetTimestamp();
    var receipt = await Page.GetAsync(client, Page.RedirectTarget(posted));
    if (receipt.Select("[data-testid=receipt-number]") is not { Length: > 0 })
    {
        throw new StepFailed($"the receipt page ({(int)receipt.Response.StatusCode}) shows no receipt number");
    }

    Interlocked.Add(ref steps[0], solving - started);
    Interlocked.Add(ref steps[1], posting - solving);
    Interlocked.Add(ref steps[2], receiving - posting);
    Interlocked.Add(ref steps[3], Stopwatch.GetTimestamp() - receiving);
    Interlocked.Increment(ref tips);
}

// Long enough for both processes to have compiled the hot code at full optimisation (tiered compilation): at least
// WarmUpTips tips, not a fixed time, since on a busy machine a few seconds may be a handful of tips.
const int WarmUpTips = 200;
while (Interlocked.Read(ref tips) < WarmUpTips)
{
    await Throughput.MeasureAsync("warm-up", SendTip, TimeSpan.FromSeconds(3), concurrency);
}

Array.Clear(steps);
tips = 0;
var serverBefore = ServerCpu.Of(serverPid);
var result = await Throughput.MeasureAsync("tip over HTTP", SendTip, duration, concurrency);
var serverPerTip = (ServerCpu.Of(serverPid) - serverBefore).TotalMilliseconds / Math.Max(1, tips);
double Mean(int step) => Stopwatch.GetElapsedTime(0, steps[step]).TotalMilliseconds / Math.Max(1, tips);
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean per tip: GET /report {Mean(0):F1} ms (parsed), proof of work {Mean(1):F1} ms, POST {Mean(2):F1} ms, receipt {Mean(3):F1} ms"));
Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CPU per tip: client {result.CpuMilliseconds:F2} ms, server {serverPerTip:F2} ms"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.PerSecond:F1} {result.P50:F1} {result.P99:F1} {result.CpuMilliseconds:F2} {serverPerTip:F2}"));

/// <summary>A new reporter's cookies: whatever the portal sets is sent back on the next requests of the same tip.</summary>
internal sealed class CookieJar : DelegatingHandler
{
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(pair => $"{pair.Key}={pair.Value}")));
        }

        var response = await base.SendAsync(request, cancellationToken);
        foreach (var nameValue in response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(header => header.Split(';', 2)[0]) : [])
        {
            var equals = nameValue.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                cookies[nameValue[..equals].Trim()] = nameValue[(equals + 1)..].Trim();
            }
        }

        return response;
    }
}

/// <summary>A process's CPU time so far (user and system, all threads), from Linux's /proc; zero without a process id.</summary>
internal static class ServerCpu
{
    /// <summary>USER_HZ, the unit of /proc's times: 100 on every Linux this runs on.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(int pid)
    {
        if (pid == 0)
        {
            return TimeSpan.Zero;
        }

        // Fields after the command name (which may hold spaces, so split after its closing parenthesis): state is
        // the first, utime the 12th and stime the 13th.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
