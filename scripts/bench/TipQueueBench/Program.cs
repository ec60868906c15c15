using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Storage.Mail;
using Portal.Tips;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Police;

// The police queue (TipQueue.PageAsync: the actor's grants, the filtered count and the first page, sorted, all in
// the database) on a database filled by TipData, against a baseline measured in the same run: one tip's queue
// columns looked up by primary key through the same DbContext. One query at a time, as one officer's page would.
//   dotnet scripts/bench/TipQueueBench/bin/Release/net10.0/TipQueueBench.dll --connection "Host=…;Database=…" [--runs 200]
var options = Arguments.Parse(args);
var builder = BenchHost.Create("Postgres", options.Connection);
builder.AddTipsModule();
// The volunteers' outcome mails need a sender; the web host registers it site-wide.
builder.Services.AddPortalMail();
using var host = builder.Build();
var queue = host.Services.GetRequiredService<TipQueue>();
var grants = host.Services.GetRequiredService<OfficerGrants>();
var contexts = host.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>();

async Task<StaffActor> OfficerAsync(string name, string jurisdiction)
{
    var actor = new StaffActor("bench-" + name, IsOfficer: true, IsSupervisor: false);
    await grants.SetGrantsAsync("bench", actor.UserId, [jurisdiction]);
    return actor;
}

var county = await OfficerAsync("county", "620102");          // 城关区, Lanzhou's busiest district
var prefecture = await OfficerAsync("prefecture", "620100");  // 兰州市 and its counties
var corps = await OfficerAsync("corps", Jurisdictions.Province); // the provincial criminal investigation corps

List<Guid> ids;
long total;
await using (var context = await contexts.CreateDbContextAsync())
{
    total = await context.Set<Tip>().LongCountAsync();
    // A spread of existing ids for the baseline (TABLESAMPLE would be cheaper but is not needed for 1000 rows).
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

var queries = new (string Name, StaffActor Actor, TipQueueQuery Query)[]
{
    ("county officer, default view (open tips by priority)", county, new TipQueueQuery()),
    ("prefecture officer, category filter (child abduction)", prefecture, new TipQueueQuery { Categories = [TipCategory.ChildAbduction] }),
    ("prefecture officer, unread only", prefecture, new TipQueueQuery { UnreadOnly = true }),
    ("provincial corps, default view", corps, new TipQueueQuery()),
    ("provincial corps, sorted by age (oldest first)", corps, new TipQueueQuery { Sort = TipQueueSort.Age }),
    ("provincial corps, P1–P2 newer than 7 days, newest first", corps, new TipQueueQuery { Priorities = [TipPriority.P1, TipPriority.P2], NewerThan = TimeSpan.FromDays(7), Sort = TipQueueSort.Age, Descending = true }),
    ("prefecture officer, closed tips by last update", prefecture, new TipQueueQuery { Statuses = [TipStatus.Closed], Sort = TipQueueSort.Updated, Descending = true }),
};

var baseline = await Measure.RunAsync("baseline: one tip by primary key", Baseline, options.Runs);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total} tips. Baseline (one tip by primary key): median {baseline.Median:F2} ms, p95 {baseline.P95:F2} ms."));
Console.WriteLine();
Console.WriteLine("| query | matching tips | median | p95 | median / baseline |");
Console.WriteLine("| --- | --- | --- | --- | --- |");
foreach (var (name, actor, query) in queries)
{
    var matching = (await queue.PageAsync(actor, query)).Total;
    var result = await Measure.RunAsync(name, () => queue.PageAsync(actor, query), options.Runs);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {matching} | {result.Median:F1} ms | {result.P95:F1} ms | {result.Median / baseline.Median:F1} |"));
}

internal sealed record Arguments(string Connection, int Runs)
{
    public static Arguments Parse(string[] args)
    {
        string? Value(string name) => BenchArguments.Value(args, name);
        return new Arguments(
            BenchArguments.Connection(args),
            int.Parse(Value("--runs") ?? "200", CultureInfo.InvariantCulture));
    }
}
