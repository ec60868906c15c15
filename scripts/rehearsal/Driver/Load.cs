using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Portal.Rehearsal;

/// <summary>Tips under load through nginx while nodes die or the database restarts, then the books are checked.</summary>
internal static class Load
{
    private sealed record Sent(Reporter.Receipt? Receipt, bool WithPhoto, string What, double Seconds);

    public static async Task KilledNodesAsync(RehearsalState state)
    {
        const int Total = 200;
        var done = 0;
        Task? restartA = null, restartB = null;
        var clock = Stopwatch.StartNew();
        var results = await RunAsync(state.Settings, Total, concurrency: 4, network: "127.0.1.", onDone: count =>
        {
            if (count == 40)
            {
                restartA = KillAndRestartAsync(state.Settings, "A");
            }
            else if (count == 100)
            {
                // In turn: B dies only once A is serving again and nginx sends to it (after a failure nginx leaves
                // a node alone for fail_timeout), so one node is always there.
                var afterA = restartA!;
                restartB = Task.Run(async () =>
                {
                    await afterA;
                    await Routes.UntilNginxSendsToAsync(state.Settings, "A");
                    await KillAndRestartAsync(state.Settings, "B");
                });
            }

            done = count;
        });
        var elapsed = clock.Elapsed.TotalSeconds;
        await (restartA ?? Task.CompletedTask);
        await (restartB ?? Task.CompletedTask);
        if (restartA is null || restartB is null)
        {
            throw new StepFailed($"the load ended after {done} tips before both nodes were killed");
        }

        var receipts = results.Where(r => r.Receipt is not null).ToList();
        var latencies = receipts.Select(r => r.Seconds).Order().ToList();
        var p99 = latencies.Count == 0 ? 0 : latencies[(int)Math.Ceiling(latencies.Count * 0.99) - 1];
        state.Note($"{receipts.Count} of {Total} tips got a receipt in {RehearsalState.Seconds(elapsed)} s ({(receipts.Count / elapsed).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} tips/s, p99 {RehearsalState.Seconds(p99)} s, each with a solved proof of work); others: {Summary(results)}");
        File.WriteAllText(Path.Combine(state.Settings.Directory, "tip-load.txt"), $"tips={receipts.Count} seconds={elapsed:0.00} p99={p99:0.000}\n");
        if (receipts.Count < Total * 0.9)
        {
            throw new StepFailed($"only {receipts.Count} of {Total} tips got a receipt ({Summary(results)})");
        }

        await CheckBooksAsync(state, receipts);
        if (Routes.LogsMention(state.Settings, "127.0.1.") is { } log)
        {
            throw new StepFailed($"nginx's {log} names the load's client addresses");
        }
    }

    /// <summary>The benchmark's tip load (scripts/bench/production.sh): 200 tips through nginx to both nodes, nothing killed.</summary>
    public static async Task TipLoadAsync(RehearsalState state)
    {
        const int Total = 200;
        var clock = Stopwatch.StartNew();
        var results = await RunAsync(state.Settings, Total, concurrency: 8, network: "127.0.3.", onDone: _ => { });
        var elapsed = clock.Elapsed.TotalSeconds;
        var receipts = results.Where(r => r.Receipt is not null).ToList();
        var latencies = receipts.Select(r => r.Seconds).Order().ToList();
        var p99 = latencies.Count == 0 ? 0 : latencies[(int)Math.Ceiling(latencies.Count * 0.99) - 1];
        var p50 = latencies.Count == 0 ? 0 : latencies[latencies.Count / 2];
        var line = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"tips={receipts.Count} of={Total} seconds={elapsed:0.00} tips_per_second={receipts.Count / elapsed:0.0} p50={p50:0.000} p99={p99:0.000}");
        state.Note(line);
        File.WriteAllText(Path.Combine(state.Settings.Directory, "bench-tip-load.txt"), line + "\n");
        if (receipts.Count != Total)
        {
            throw new StepFailed($"only {receipts.Count} of {Total} tips got a receipt ({Summary(results)})");
        }

        await CheckBooksAsync(state, receipts);
    }

    public static async Task DatabaseRestartAsync(RehearsalState state)
    {
        var restart = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            await Shell.NodeAsync(state.Settings, "pg-stop");
            await Task.Delay(TimeSpan.FromSeconds(4));
            await Shell.NodeAsync(state.Settings, "pg-start");
        });
        var results = await RunAsync(state.Settings, 60, concurrency: 3, network: "127.0.2.", onDone: _ => { }, allowUnavailable: true);
        await restart;
        var unclear = results.Where(r => r.Receipt is null && r.What != Reporter.Unavailable).ToList();
        var unavailable = results.Count(r => r.What == Reporter.Unavailable);
        state.Note($"{results.Count(r => r.Receipt is not null)} receipts, {unavailable} bilingual 503 pages, {unclear.Count} other answers");
        if (unavailable == 0)
        {
            throw new StepFailed($"no 503 page while PostgreSQL was down; answers: {Summary(results)}");
        }

        if (unclear.Count > 0)
        {
            throw new StepFailed($"answers that were neither a receipt nor a bilingual 503: {Summary(unclear)}");
        }

        // Back by itself: within 30 s a new tip lands without anyone restarting a node.
        var back = Stopwatch.StartNew();
        Reporter.Receipt? after = null;
        while (after is null && back.Elapsed < TimeSpan.FromSeconds(30))
        {
            var sent = await SendOneAsync(state.Settings, "127.0.2.250", withPhoto: false);
            after = sent.Receipt;
            if (after is null)
            {
                await Task.Delay(1000);
            }
        }

        if (after is null)
        {
            throw new StepFailed("the portal did not take a tip within 30 s of PostgreSQL coming back");
        }

        await CheckBooksAsync(state, [.. results.Where(r => r.Receipt is not null), new Sent(after, false, "receipt", 0)]);
    }

    /// <summary>Every receipt shown is exactly one stored tip; a tip sent with a photo has it; no file is lost between database and store.</summary>
    private static async Task CheckBooksAsync(RehearsalState state, IReadOnlyList<Sent> receipts)
    {
        var key = state.HashKey();
        var hashes = receipts.ToDictionary(r => Reporter.ReceiptHashHex(key, r.Receipt!), r => r);
        var list = string.Join(",", hashes.Keys.Select(h => $"'\\x{h}'::bytea"));
        var rows = await Database.QueryAsync(state.Settings,
            $"SELECT encode(t.\"ReceiptNumberHash\", 'hex') || ' ' || count(*) OVER (PARTITION BY t.\"ReceiptNumberHash\") || ' ' || (SELECT count(*) FROM tips.\"TipAttachments\" a WHERE a.\"TipId\" = t.\"Id\") FROM tips.\"Tips\" t WHERE t.\"ReceiptNumberHash\" IN ({list})");
        var stored = rows.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')).ToList();
        var missing = hashes.Count - stored.Select(s => s[0]).Distinct().Count();
        var doubled = stored.Count(s => s[1] != "1");
        var withoutPhoto = stored.Count(s => hashes[s[0]].WithPhoto && s[2] == "0");
        if (missing > 0 || doubled > 0 || withoutPhoto > 0)
        {
            throw new StepFailed($"{missing} receipts without a stored tip, {doubled} receipts stored more than once, {withoutPhoto} tips without the photo they were sent with");
        }

        var lost = await Database.CountAsync(state.Settings,
            "SELECT count(*) FROM tips.\"TipAttachments\" a WHERE a.\"State\" <> 'Stored' AND NOT EXISTS (SELECT 1 FROM tips.\"AttachmentOutbox\" o WHERE o.\"AttachmentId\" = a.\"Id\")");
        if (lost > 0)
        {
            throw new StepFailed($"{lost} attachments are neither stored nor waiting in the outbox");
        }
    }

    private static async Task<List<Sent>> RunAsync(Settings settings, int total, int concurrency, string network, Action<int> onDone, bool allowUnavailable = false)
    {
        var results = new ConcurrentBag<Sent>();
        var next = 0;
        var finished = 0;
        var gate = new object();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var index = Interlocked.Increment(ref next) - 1;
                if (index >= total)
                {
                    return;
                }

                // A province's reporters are many people: each tip from its own address (up to 249), so nginx and
                // the nodes see distinct clients and the production limits apply to each as they would.
                var address = $"{network}{1 + (index % 249)}";
                results.Add(await SendOneAsync(settings, address, withPhoto: index % 2 == 0, allowUnavailable));
                lock (gate)
                {
                    onDone(++finished);
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        return [.. results];
    }

    /// <summary>
    /// One reporter: the form, the proof of work, the post. When the answer is not a receipt (a node died under the
    /// request, say) the reporter sends the form again with the same idempotency key, as a browser's resubmit does.
    /// </summary>
    private static async Task<Sent> SendOneAsync(Settings settings, string address, bool withPhoto, bool allowUnavailable = false)
    {
        var clock = Stopwatch.StartNew();
        using var client = Clients.ThroughNginx(settings, address);
        Page? form = null;
        Dictionary<string, string>? fields = null;
        var what = "";
        for (var attempt = 0; attempt < 4; attempt++)
        {
            try
            {
                if (form is null)
                {
                    (form, fields) = await Reporter.PrepareAsync(client, solve: true);
                }

                var outcome = await Reporter.PostAsync(client, form, fields!, withPhoto);
                if (outcome.Receipt is not null)
                {
                    return new Sent(outcome.Receipt, withPhoto, "receipt", clock.Elapsed.TotalSeconds);
                }

                what = outcome.What;
                if (outcome.FormAgain is not null)
                {
                    // The form came back (with its idempotency key) and a new challenge: solve it and send again.
                    (form, fields) = Reporter.Solve(outcome.FormAgain, solve: true);
                }

                if (allowUnavailable && what == Reporter.Unavailable)
                {
                    return new Sent(null, withPhoto, what, clock.Elapsed.TotalSeconds);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException or StepFailed)
            {
                what = exception is StepFailed ? exception.Message : exception.GetType().Name + ": " + exception.Message.Split('\n')[0];
                if (allowUnavailable && what == Reporter.Unavailable)
                {
                    return new Sent(null, withPhoto, what, clock.Elapsed.TotalSeconds);
                }

                // The form is fetched again only when there was none; a failed post is resent as it was.
            }

            await Task.Delay(500 * (attempt + 1));
        }

        return new Sent(null, withPhoto, what, clock.Elapsed.TotalSeconds);
    }

    private static Task KillAndRestartAsync(Settings settings, string node) => Task.Run(async () =>
    {
        await Shell.NodeAsync(settings, "kill", node);
        await Shell.NodeAsync(settings, "start", node);
    });

    private static string Summary(IEnumerable<Sent> results) =>
        string.Join("; ", results.Where(r => r.Receipt is null).GroupBy(r => r.What).Select(g => $"{g.Count()}× {g.Key}").Take(5)) is { Length: > 0 } text ? text : "none";
}
