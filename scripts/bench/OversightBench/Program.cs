using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Shared.Time;
using Portal.Storage.Mail;
using Portal.Tips;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Oversight;
using Portal.Tips.Police;

// The oversight figures (OversightFigures.GetAsync: tips by month, category and region, times to acknowledge and to
// close, outcomes, rewards, volunteers and hours) on a database filled by TipData, after building the rollup once
// (timed), against a baseline measured in the same run: one tip's columns by primary key through the same DbContext.
// Also, as the "without pre-aggregation" comparison, the same tip figures computed from the tips table itself.
//   dotnet scripts/bench/OversightBench/bin/Release/net10.0/OversightBench.dll --connection "Host=…;Database=…" [--runs 50] [--year 2025]
var options = Arguments.Parse(args);
var builder = BenchHost.Create("Postgres", options.Connection);
builder.AddTipsModule();
// The volunteers' outcome mails need a sender; the web host registers it site-wide.
builder.Services.AddPortalMail();
using var host = builder.Build();
var figures = host.Services.GetRequiredService<OversightFigures>();
var rollup = host.Services.GetRequiredService<OversightRollup>();
var grants = host.Services.GetRequiredService<OfficerGrants>();
var contexts = host.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>();

var build = Stopwatch.StartNew();
var days = await rollup.RefreshAsync(reconcile: true);
build.Stop();
var refresh = Stopwatch.StartNew();
await rollup.RefreshAsync();
refresh.Stop();

var office = new OversightActor("bench-office", IsProvincialOffice: true, IsSupervisor: false);
var supervisor = new OversightActor("bench-supervisor", IsProvincialOffice: false, IsSupervisor: true);
await grants.SetGrantsAsync("bench", supervisor.UserId, ["620100"]);

List<Guid> ids;
long total;
long inYear;
long rollupRows;
var year = OversightQuery.Year(options.Year);
await using (var context = await contexts.CreateDbContextAsync())
{
    total = await context.Set<Tip>().LongCountAsync();
    inYear = await context.Set<Tip>().LongCountAsync(t => t.ReceivedAt >= year.Start && t.ReceivedAt < year.End);
    rollupRows = await context.Set<TipDayFigure>().LongCountAsync() + await context.Set<TipDurationFigure>().LongCountAsync();
    ids = await context.Set<Tip>().AsNoTracking().OrderBy(t => t.ReceiptNumberHash).Select(t => t.Id).Take(1000).ToListAsync();
}

var next = 0;
async Task Baseline()
{
    var id = ids[next++ % ids.Count];
    await using var context = await contexts.CreateDbContextAsync();
    _ = await context.Set<Tip>().AsNoTracking().Where(t => t.Id == id)
        .Select(t => new { t.Id, t.Category, t.Priority, t.Status, t.JurisdictionKey, t.Source, t.ReceivedAt, t.AssignedTo })
        .SingleAsync();
}

// Without the rollup: every tip of the range read from the tips table (only the plaintext columns) and counted here.
async Task Direct(OversightQuery query)
{
    await using var context = await contexts.CreateDbContextAsync();
    var (start, end) = (query.Start, query.End);
    var counts = new Dictionary<(int, string, string), int>();
    var acknowledge = new List<double>();
    var close = new List<double>();
    await foreach (var tip in context.Set<Tip>().AsNoTracking().Where(t => t.ReceivedAt >= start && t.ReceivedAt < end)
        .Select(t => new { t.ReceivedAt, t.JurisdictionKey, t.Category, t.AcknowledgedAt, t.ClosedAt, t.Outcome }).AsAsyncEnumerable())
    {
        var key = (ChinaTime.DayOf(tip.ReceivedAt).Month, OversightRegions.Of(tip.JurisdictionKey), tip.Category);
        counts[key] = counts.GetValueOrDefault(key) + 1;
        if (tip.AcknowledgedAt is { } a)
        {
            acknowledge.Add((a - tip.ReceivedAt).TotalMinutes);
        }

        if (tip.ClosedAt is { } c)
        {
            close.Add((c - tip.ReceivedAt).TotalMinutes);
        }
    }

    acknowledge.Sort();
    close.Sort();
}

var baseline = await Measure.RunAsync("baseline: one tip by primary key", Baseline, options.Runs * 4, warmUp: 3);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{total} tips, {inYear} received in {options.Year}. Rollup built from scratch in {build.Elapsed.TotalSeconds:F1} s ({days} days, {rollupRows} rows); a refresh with nothing changed {refresh.Elapsed.TotalMilliseconds:F0} ms."));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Baseline (one tip by primary key): median {baseline.Median:F2} ms, p95 {baseline.P95:F2} ms."));
Console.WriteLine();
Console.WriteLine("| figures | median | p95 | median / baseline |");
Console.WriteLine("| --- | --- | --- | --- |");
var cases = new (string Name, Func<Task> Run, int Runs)[]
{
    ($"provincial office, the whole province, {options.Year}", () => figures.GetAsync(office, year), options.Runs),
    ($"supervisor of 兰州市, {options.Year}", () => figures.GetAsync(supervisor, year), options.Runs),
    ($"provincial office, one prefecture (酒泉市), {options.Year}", () => figures.GetAsync(office, year with { Region = "620900" }), options.Runs),
    ($"provincial office, one month (March {options.Year})", () => figures.GetAsync(office, new OversightQuery(new DateOnly(options.Year, 3, 1), new DateOnly(options.Year, 3, 31))), options.Runs),
    ($"without the rollup: the tip figures of {options.Year} from the tips table", () => Direct(year), Math.Max(5, options.Runs / 10)),
};
foreach (var (name, run, runs) in cases)
{
    var result = await Measure.RunAsync(name, run, runs, warmUp: 3);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {result.Median:F1} ms | {result.P95:F1} ms | {result.Median / baseline.Median:F1} |"));
}

internal sealed record Arguments(string Connection, int Runs, int Year)
{
    public static Arguments Parse(string[] args)
    {
        string? Value(string name) => BenchArguments.Value(args, name);
        return new Arguments(
            BenchArguments.Connection(args),
            int.Parse(Value("--runs") ?? "50", CultureInfo.InvariantCulture),
            int.Parse(Value("--year") ?? "2025", CultureInfo.InvariantCulture));
    }
}
