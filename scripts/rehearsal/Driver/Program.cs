using System.Diagnostics;
using Microsoft.Playwright;
using Portal.Rehearsal;

// The rehearsal's steps, in order; each prints "PASS <name> (<seconds> s)" or "FAIL <name>: <why>", and the last
// line is "Rehearsal: N passed, N failed". A step that needs an earlier one's result fails when that one did.
var settings = Settings.FromEnvironment();
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = settings.Chromium,
    Headless = true,
    Args = [$"--host-resolver-rules=MAP {settings.Host} 127.0.0.1", "--ignore-certificate-errors-spki-list=" + Certificates.SpkiHash(settings)],
});
var state = new RehearsalState(settings, new Staff(settings, browser));
var steps = new (string Key, string Name, Func<RehearsalState, Task> Run)[]
{
    // Only when asked for (scripts/bench/production.sh): the tip load's throughput, nothing killed.
    ("bench-tip-load", "benchmark: 200 tips through nginx to two nodes, each with a solved proof of work", Load.TipLoadAsync),
    ("staff", "staff accounts made the way a province makes them (three administrators from create-admin, invitation, roles and the province approved by a second security administrator)", Steps.StaffAccountsAsync),
    ("tip", "an anonymous tip with a solved proof of work lands, shows its receipt, and the follow-up works", Steps.AnonymousTipAsync),
    ("officer", "an officer signs in with TOTP: Secure cookie, HSTS, the P1 tip in the queue from node A and from node B", Steps.OfficerQueueAsync),
    ("publication", "a publication on node A changes the page node B serves at once", Publication.AcrossNodesAsync),
    ("buckets", "two forwarded clients have separate buckets; a forged X-Forwarded-For straight to a node changes nothing", Steps.ClientBucketsAsync),
    ("kill", "each node killed with SIGKILL during a 200-tip load: every receipt shown is one stored tip with its files", Load.KilledNodesAsync),
    ("pg-restart", "PostgreSQL restarted during load: a 503 page in both languages, no partial tip, service returns by itself", Load.DatabaseRestartAsync),
    ("backup", "backup and restore drill: a third node on the restored database and container reads a tip from before", Backup.DrillAsync),
};

// REHEARSAL_STEPS=staff,tip,publication runs only those (while working on one step); a whole run runs every step.
var only = (Environment.GetEnvironmentVariable("REHEARSAL_STEPS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var started = Stopwatch.StartNew();
int passed = 0, failed = 0;
foreach (var (key, name, run) in steps)
{
    if (only.Length > 0 ? !only.Contains(key) : key.StartsWith("bench-", StringComparison.Ordinal))
    {
        continue;
    }

    var clock = Stopwatch.StartNew();
    try
    {
        await run(state);
        passed++;
        Console.WriteLine($"PASS {name} ({RehearsalState.Seconds(clock.Elapsed.TotalSeconds)} s)");
    }
#pragma warning disable CA1031 // Whatever a step throws, the step failed and the next one still runs.
    catch (Exception exception)
#pragma warning restore CA1031
    {
        failed++;
        var why = exception.Message.Split('\n', 2)[0];
        Console.WriteLine($"FAIL {name} ({RehearsalState.Seconds(clock.Elapsed.TotalSeconds)} s): {why}");
        await Console.Error.WriteLineAsync($"{name}: {exception}");
    }

    foreach (var line in state.Notes)
    {
        Console.WriteLine("     " + line);
    }

    state.Notes.Clear();
}

Console.WriteLine($"     steps took {RehearsalState.Seconds(started.Elapsed.TotalSeconds)} s");
Console.WriteLine($"Rehearsal: {passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
