using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Tips.AntiBot;

namespace Portal.Tests.Browser;

/// <summary>
/// pow.js on the real report page in Chromium, at the production difficulty: the hashing runs in a worker (or, with no
/// worker, in slices on the page) and leaves no task over 50 ms on the main thread; the status line is a polite live
/// region; a submit while the work runs waits for it and sends the tip once.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed partial class ProofOfWorkBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    private const string Working = "form[data-altcha-state=working]";
    private const string Done = "form[data-altcha-state=done]";

    // Registered before any script of the page runs: every long task (over 50 ms by definition), and every change of
    // the form's state and of the status line, with its time on the same clock.
    private const string Recorder = """
        window.__longTasks = [];
        window.__states = [];
        window.__statusTexts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
        }).observe({ type: 'longtask', buffered: true });
        new MutationObserver(() => {
          const form = document.querySelector('form[data-altcha-challenge]');
          const state = form && form.getAttribute('data-altcha-state');
          if (state && (window.__states.length === 0 || window.__states[window.__states.length - 1].state !== state)) {
            window.__states.push({ state: state, at: performance.now() });
          }
          const status = document.querySelector('[data-altcha-status]');
          const text = status ? status.textContent : null;
          if (text !== null && window.__statusTexts[window.__statusTexts.length - 1] !== text) {
            window.__statusTexts.push(text);
          }
        }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        """;

    // The worst case: a challenge no number up to maxnumber solves, so every one of them is hashed.
    private const string UnsolvableChallenge = """
        (maxnumber) => document.querySelector('form[data-altcha-challenge]').setAttribute('data-altcha-challenge', JSON.stringify({
          algorithm: 'SHA-256', challenge: '0'.repeat(64), maxnumber: maxnumber, salt: 'unsolvable?expires=1&', signature: 'x' }))
        """;

    // Long tasks that overlap a time the form was working.
    private const string LongTasksWhileWorking = """
        () => {
          const periods = [];
          window.__states.forEach((s, i) => {
            if (s.state === 'working') periods.push([s.at, i + 1 < window.__states.length ? window.__states[i + 1].at : performance.now()]);
          });
          return window.__longTasks
            .filter((t) => periods.some(([from, to]) => t.start < to && t.end > from))
            .map((t) => Math.round(t.end - t.start) + ' ms at ' + Math.round(t.start));
        }
        """;

    private async Task<(IPage Page, List<IWorker> Workers, List<string> Console)> OpenReportAsync(params string[] initScripts)
    {
        var page = await Fixture.NewPageAsync();
        var workers = new List<IWorker>();
        var console = new List<string>();
        page.Worker += (_, worker) => workers.Add(worker);
        page.Console += (_, message) => console.Add(message.Text);
        await page.AddInitScriptAsync(Recorder);
        foreach (var script in initScripts)
        {
            await page.AddInitScriptAsync(script);
        }

        await page.GotoAsync(Fixture.BaseUrl + "/report");
        var challenge = await page.Locator("form[data-altcha-challenge]").GetAttributeAsync("data-altcha-challenge");
        Assert.Equal(new AntiBotOptions().MaxNumber, JsonDocument.Parse(challenge!).RootElement.GetProperty("maxnumber").GetInt32());
        return (page, workers, console);
    }

    // A busy 2-core machine can stretch one of the browser's own tasks a little past 50 ms (seen: 88 ms while the page
    // was still loading, twice in a row, with the whole suite running); hashing on the main thread makes tasks of
    // seconds on every run. So a solve that met a long task is tried on a fresh page up to twice more, and the last
    // one must be clean.
    private async Task<(IPage Page, List<IWorker> Workers, List<string> Console)> OpenAndSolveWithoutLongTasksAsync(params string[] initScripts)
    {
        for (var attempt = 1; ; attempt++)
        {
            var opened = await OpenReportAsync(initScripts);
            var longTasks = await SolveAsync(opened.Page);
            if (longTasks.Length == 0 || attempt == 3)
            {
                Assert.Empty(longTasks);
                return opened;
            }
        }
    }

    // The page's own challenge, then the worst case of the same difficulty; returns the long tasks while the form worked.
    private static async Task<string[]> SolveAsync(IPage page)
    {
        await page.Locator(Done).WaitForAsync(new() { Timeout = 120_000 });
        await page.EvaluateAsync(UnsolvableChallenge, new AntiBotOptions().MaxNumber);
        await page.Locator("form[data-altcha-state=failed]").WaitForAsync(new() { Timeout = 240_000 });

        Assert.Equal(["working", "done", "working", "failed"], await page.EvaluateAsync<string[]>("() => window.__states.map((s) => s.state)"));
        Assert.True(await page.EvaluateAsync<bool>("() => PerformanceObserver.supportedEntryTypes.includes('longtask')"));
        return await page.EvaluateAsync<string[]>(LongTasksWhileWorking);
    }

    [Fact]
    public async Task The_hashing_runs_in_a_worker_from_the_same_file_and_no_main_thread_task_exceeds_50_ms()
    {
        var (page, workers, console) = await OpenAndSolveWithoutLongTasksAsync();

        Assert.Equal(2, workers.Count); // one per challenge
        var script = await page.Locator("script[src*='js/pow']").GetAttributeAsync("src");
        Assert.All(workers, worker => Assert.EndsWith(script!, worker.Url, StringComparison.Ordinal));
        Assert.DoesNotContain(console, message => message.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Without_workers_the_page_hashes_in_slices_and_still_no_task_exceeds_50_ms()
    {
        var (_, workers, _) = await OpenAndSolveWithoutLongTasksAsync("delete window.Worker;");

        Assert.Empty(workers);
    }

    [Fact]
    public async Task The_status_line_is_a_polite_live_region_that_says_the_check_runs_and_then_that_it_is_complete()
    {
        var (page, _, _) = await OpenReportAsync();

        await page.Locator(Done).WaitForAsync(new() { Timeout = 120_000 });

        var status = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "安全校验" });
        Assert.Equal("安全校验完成", await status.TextContentAsync());
        Assert.True(await status.IsVisibleAsync());
        var texts = await page.EvaluateAsync<string[]>("() => window.__statusTexts");
        Assert.Equal(["", "正在进行安全校验…", "安全校验完成"], texts);
    }

    [Fact]
    public async Task A_submit_while_the_work_runs_waits_for_it_and_then_sends_the_tip_once_with_the_proof()
    {
        // Holds the worker's answer until the test lets it through, so the clicks surely come while the form works.
        const string HoldAnswer = """
            window.__releaseAnswer = null;
            const answer = new Promise((resolve) => { window.__releaseAnswer = resolve; });
            window.Worker = class extends window.Worker {
              set onmessage(handler) { super.onmessage = (event) => answer.then(() => handler(event)); }
              get onmessage() { return super.onmessage; }
            };
            """;
        var (page, _, _) = await OpenReportAsync(HoldAnswer);
        var posts = new List<IRequest>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                posts.Add(request);
            }
        };
        await page.GetByLabel("线索类别").SelectOptionAsync("illegal-adoption-online");
        await page.GetByLabel("请描述您看到或知道的情况").FillAsync("有人在网上出售婴儿，提交时安全校验还在进行。");
        await page.Locator(Working).WaitForAsync();

        var submit = page.GetByRole(AriaRole.Button, new() { Name = "提交线索" });
        await submit.ClickAsync();
        await submit.ClickAsync();
        Assert.Equal("正在进行安全校验…", await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "安全校验" }).TextContentAsync());

        await page.EvaluateAsync("() => window.__releaseAnswer()");
        await page.WaitForURLAsync("**/report/receipt*");

        // A submit that had not waited would have posted without the proof; a second one would be a second post.
        var post = Assert.Single(posts);
        Assert.EndsWith("/report", post.Url, StringComparison.Ordinal);
        var proof = AltchaField().Match(post.PostData ?? "");
        Assert.True(proof.Success, "the posted form carries the proof of work");
        Assert.Contains("\"number\":", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(proof.Groups[1].Value)), StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"altcha\"\\r\\n\\r\\n([A-Za-z0-9+/=]+)\\r\\n")]
    private static partial Regex AltchaField();
}
