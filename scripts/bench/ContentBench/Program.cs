using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Content;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Search;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Storage.Database;

// The CMS on PostgreSQL: the manager's content list, publishing one item, and search over published items, each
// against a baseline measured in the same run. First tops the database up to --live published items (plus a share
// of drafts, items in review and withdrawn ones) with ContentData, then measures what --measure names.
//   dotnet scripts/bench/ContentBench/bin/Release/net10.0/ContentBench.dll --connection "Host=…;Database=…"
//       --measure list|publish|search[,…] [--live 10000] [--runs 200]
var options = Arguments.Parse(args);
var builder = BenchHost.Create("Postgres", options.Connection);
builder.AddContentModule();
using var host = builder.Build();
await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAllAsync();
var contexts = host.Services.GetRequiredService<IDbContextFactory<ContentDbContext>>();
var data = new ContentData(contexts, host.Services.GetRequiredService<ContentSearchIndexer>(), options.Live);
await data.EnsureAsync();

List<Guid> ids;
await using (var context = await contexts.CreateDbContextAsync())
{
    ids = await context.Set<ContentItem>().AsNoTracking().OrderBy(i => i.Slug).Select(i => i.Id).Take(1000).ToListAsync();
}

var next = 0;
async Task Baseline()
{
    var id = ids[next++ % ids.Count];
    await using var context = await contexts.CreateDbContextAsync();
    _ = await context.Set<ContentItem>().AsNoTracking().Where(i => i.Id == id)
        .Select(i => new { i.Id, i.Type, i.Culture, i.Rendition, i.Title, i.Slug, i.LatestState, i.UpdatedAt }).SingleAsync();
}

var baseline = await Measure.RunAsync("baseline: one item by primary key", Baseline, options.Runs);
Console.WriteLine(Invariant($"{await data.CountAsync()}. Baseline (one item's list columns by primary key): median {baseline.Median:F2} ms, p95 {baseline.P95:F2} ms."));
Console.WriteLine();
foreach (var measure in options.Measure.Split(','))
{
    switch (measure)
    {
        case "list":
            await ListAsync();
            break;
        case "search":
            await SearchAsync();
            break;
        case "publish":
            await PublishAsync();
            break;
        default:
            throw new ArgumentException("--measure must be list, search or publish, or several of them separated by commas");
    }

    Console.WriteLine();
}

async Task ListAsync()
{
    var catalog = host.Services.GetRequiredService<ContentCatalog>();
    var admin = ContentActor.Person("bench-admin", isAdministrator: true);
    var editor = await data.EditorAsync();
    var departmentA = data.Departments[0];
    var queries = new (string Name, ContentActor Actor, ContentListQuery Query)[]
    {
        ("administrator, everything, newest first", admin, new ContentListQuery()),
        ("editor in 3 departments, default view", editor, new ContentListQuery()),
        ("editor, articles in draft", editor, new ContentListQuery { Type = ContentType.Article, State = VersionState.Draft }),
        ("editor, English, live only", editor, new ContentListQuery { Culture = ContentCultures.English, LiveOnly = true }),
        ("administrator, one department, in review", admin, new ContentListQuery { DepartmentId = departmentA, State = VersionState.InReview }),
        ("administrator, title contains 火车站", admin, new ContentListQuery { TitleContains = "火车站" }),
        ("editor, text search 招工 (working copies)", editor, new ContentListQuery { Text = "招工" }),
        ("administrator, text search 招工 陌生人, page 3", admin, new ContentListQuery { Text = "招工 陌生人", PageNumber = 3 }),
    };
    Console.WriteLine("| query (50 a page) | matching items | median | p95 | median / baseline |");
    Console.WriteLine("| --- | --- | --- | --- | --- |");
    foreach (var (name, actor, query) in queries)
    {
        var matching = (await catalog.ListAsync(actor, query)).TotalCount;
        var result = await Measure.RunAsync(name, () => catalog.ListAsync(actor, query), options.Runs);
        Console.WriteLine(Invariant($"| {name} | {matching} | {result.Median:F1} ms | {result.P95:F1} ms | {result.Median / baseline.Median:F1} |"));
    }
}

async Task SearchAsync()
{
    var search = host.Services.GetRequiredService<ContentSearch>();
    var queries = new (string Name, ContentSearchQuery Query)[]
    {
        ("no query, Chinese, newest first", new ContentSearchQuery { Culture = ContentCultures.Chinese }),
        ("拐卖 (in most items)", new ContentSearchQuery { Text = "拐卖" }),
        ("高薪招工 (three bigrams)", new ContentSearchQuery { Text = "高薪招工" }),
        ("火车站 陌生人", new ContentSearchQuery { Text = "火车站 陌生人" }),
        ("骗 (one character)", new ContentSearchQuery { Text = "骗" }),
        ("job offer (English)", new ContentSearchQuery { Text = "job offer", Culture = ContentCultures.English }),
        ("拐卖 + audience students + type lesson", new ContentSearchQuery { Text = "拐卖", Audience = "students", Type = ContentType.Lesson }),
        ("no query, topic recruitment-fraud, page 5", new ContentSearchQuery { Topic = "recruitment-fraud", PageNumber = 5 }),
    };
    Console.WriteLine("| query (20 a page) | hits | median | p95 | median / baseline |");
    Console.WriteLine("| --- | --- | --- | --- | --- |");
    foreach (var (name, query) in queries)
    {
        var hits = (await search.SearchAsync(query)).Value!.TotalCount;
        var result = await Measure.RunAsync(name, () => search.SearchAsync(query), options.Runs);
        Console.WriteLine(Invariant($"| {name} | {hits} | {result.Median:F1} ms | {result.P95:F1} ms | {result.Median / baseline.Median:F1} |"));
    }
}

async Task PublishAsync()
{
    var workflow = host.Services.GetRequiredService<ContentWorkflow>();
    var publisher = await data.PublisherAsync();
    var runs = Math.Min(options.Runs, 100);
    var editor = host.Services.GetRequiredService<ContentEditor>();
    Console.Error.WriteLine("preparing approved articles through the editor and the workflow");
    var approved = await data.ApprovedArticlesAsync(runs + 10, editor, workflow);
    var updates = await data.ApprovedUpdatesOfLiveArticlesAsync(runs + 10, editor, workflow);
    var marks = await data.ApprovedArticlesAsync(runs + 10, editor, workflow); // the baseline changes their state, nothing else

    var queue = new Queue<Guid>(marks);
    async Task MarkOne()
    {
        var id = queue.Dequeue();
        await using var context = await contexts.CreateDbContextAsync();
        await using var transaction = await context.Database.BeginTransactionAsync();
        await context.Set<ContentVersion>().Where(v => v.Id == id && v.State == VersionState.Approved)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.State, VersionState.Published));
        await transaction.CommitAsync();
    }

    Task Publisher(Queue<Guid> versions) => Publish(versions.Dequeue());
    async Task Publish(Guid versionId)
    {
        var published = await workflow.PublishAsync(publisher, versionId);
        if (!published.Succeeded)
        {
            throw new InvalidOperationException(published.ToString());
        }
    }

    var markBaseline = await Measure.RunAsync("baseline: one version's state changed in a transaction", MarkOne, runs, warmUp: 10);
    var approvedQueue = new Queue<Guid>(approved);
    var updatesQueue = new Queue<Guid>(updates);
    var newItems = await Measure.RunAsync("publish a new article", () => Publisher(approvedQueue), runs, warmUp: 10);
    var newVersions = await Measure.RunAsync("publish a new version of a live article", () => Publisher(updatesQueue), runs, warmUp: 10);
    Console.WriteLine(Invariant($"Baseline for publishing (one version's state changed by a conditional update in its own transaction): median {markBaseline.Median:F2} ms, p95 {markBaseline.P95:F2} ms."));
    Console.WriteLine();
    Console.WriteLine("| operation | runs | median | p95 | median / baseline |");
    Console.WriteLine("| --- | --- | --- | --- | --- |");
    Console.WriteLine(Invariant($"| publish a new article (checks, state, redirect check, history, audit, search index, commit) | {runs} | {newItems.Median:F1} ms | {newItems.P95:F1} ms | {newItems.Median / markBaseline.Median:F1} |"));
    Console.WriteLine(Invariant($"| publish a new version of a live article (also supersedes the old one, replaces its index rows) | {runs} | {newVersions.Median:F1} ms | {newVersions.P95:F1} ms | {newVersions.Median / markBaseline.Median:F1} |"));
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

internal sealed record Arguments(string Connection, string Measure, int Live, int Runs)
{
    public static Arguments Parse(string[] args)
    {
        string? Value(string name) => BenchArguments.Value(args, name);
        return new Arguments(
            BenchArguments.Connection(args),
            Value("--measure") ?? throw new ArgumentException("--measure is required: list, publish or search"),
            int.Parse(Value("--live") ?? "10000", CultureInfo.InvariantCulture),
            int.Parse(Value("--runs") ?? "200", CultureInfo.InvariantCulture));
    }
}
