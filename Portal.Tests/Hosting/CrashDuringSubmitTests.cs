using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;
using Portal.Tests.Police;
using Portal.Tests.Reporting.Pages;
using Xunit.Abstractions;

namespace Portal.Tests.Hosting;

/// <summary>
/// A reporter's browser resends the same form (same idempotency key, same antiforgery token) while the portal
/// process is killed outright at different moments of the submission: before the commit, between the commit
/// and the response, and after the response. The tip must end up stored exactly once, and the receipt must
/// still be shown. No test hook in the portal: the kill is a real SIGKILL of the process.
/// </summary>
[ProcessTest]
public sealed class CrashDuringSubmitTests(ITestOutputHelper output) : IDisposable
{
    private const string ReportForm = "main form[data-altcha-challenge]";

    /// <summary>Milliseconds between sending the POST and killing the process; null kills it the moment the tip is committed.</summary>
    private static readonly int?[] KillAfter = [0, 10, 40, 160, null, 400, 1000];

    private readonly TemporaryFolder folder = new();

    private string DatabaseFile => folder.File("data/portal.db");

    private Dictionary<string, string> Settings => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["Database__ConnectionString"] = $"Data Source={DatabaseFile}",
        ["Storage__FileSystemRoot"] = folder.File("blobs"),
    };

    [Fact]
    public async Task A_crash_between_commit_and_response_loses_nothing_and_duplicates_nothing()
    {
        var port = RunningPortal.FreePort();
        using var handler = ProductionSettings.TrustingHandler();
        using var client = new HttpClient(handler) { BaseAddress = new Uri($"https://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
        var portal = await RunningPortal.StartAsync(folder.Path, port, Settings);
        try
        {
            // The page the reporter keeps open: every resend carries its idempotency key and antiforgery token.
            var form = await HtmlPage.GetAsync(client, "/report");
            Assert.Equal(HttpStatusCode.OK, form.Status);

            // The antiforgery token must outlive the process (the key ring is in the database): after a restart,
            // an incomplete form is answered with the form again, not with 400.
            portal = await RestartAsync(portal, port);
            using (var incomplete = await form.SubmitAsync(client, TipForms.Fields(narrative: ""), ReportForm))
            {
                Assert.True(incomplete.StatusCode == HttpStatusCode.OK, $"After a restart the old antiforgery token was refused: {(int)incomplete.StatusCode}.\n{portal.Output}");
            }

            Assert.Equal(0, await CountTipsAsync());

            foreach (var killAfter in KillAfter)
            {
                var before = await CountTipsAsync();
                var clock = Stopwatch.StartNew();
                var post = form.SubmitAsync(client, TipForms.Fields(), ReportForm);
                if (killAfter is { } milliseconds)
                {
                    if (milliseconds > 0)
                    {
                        await Task.Delay(milliseconds);
                    }
                }
                else
                {
                    await WaitForTheCommitAsync(post);
                }

                var killedAt = clock.Elapsed.TotalMilliseconds;
                await portal.KillAsync();
                var answer = await AnswerAsync(post);
                var after = await CountTipsAsync();
                Assert.InRange(after, before, 1);
                var moment = (answer, before, after) switch
                {
                    (not null, _, _) => "after the response",
                    (null, 0, 1) => "after the commit, before the response",
                    (null, 0, 0) => "before the commit",
                    _ => "while resending a committed tip, before the response",
                };
                output.WriteLine($"kill {(killAfter is null ? "at commit" : killAfter + " ms")}: killed at {killedAt:F1} ms, {answer ?? "no response"}, tips {before} -> {after}: {moment}");

                portal = await RestartAsync(portal, port);
            }

            using var resent = await form.SubmitAsync(client, TipForms.Fields(), ReportForm);
            Assert.True(resent.StatusCode == HttpStatusCode.Redirect, $"Expected the receipt again, got {(int)resent.StatusCode}.\n{portal.Output}");
            var receiptLink = HtmlPage.RedirectTarget(resent);
            Assert.StartsWith("/report/receipt", receiptLink, StringComparison.Ordinal);

            Assert.Equal(1, await CountTipsAsync());
            Assert.Equal(1, await CountAsync("SELECT COUNT(DISTINCT IdempotencyKeyHash) FROM Tips"));

            var receipt = await HtmlPage.GetAsync(client, receiptLink);
            Assert.Equal(HttpStatusCode.OK, receipt.Status);
            Assert.NotNull(receipt.Document.QuerySelector("[data-testid=receipt-number]"));
        }
        finally
        {
            portal.Dispose();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    /// <summary>What came back before the kill, or null when the connection died first.</summary>
    private static async Task<string?> AnswerAsync(Task<HttpResponseMessage> post)
    {
        try
        {
            using var response = await post;
            return $"answered {(int)response.StatusCode}";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            return null;
        }
    }

    private async Task<RunningPortal> RestartAsync(RunningPortal portal, int port)
    {
        await portal.KillAsync();
        portal.Dispose();
        return await RunningPortal.StartAsync(folder.Path, port, Settings);
    }

    /// <summary>Watches the database file from outside and returns the moment the tip is there (or the POST ended).</summary>
    private async Task WaitForTheCommitAsync(Task<HttpResponseMessage> post)
    {
        var deadline = Stopwatch.StartNew();
        while (!post.IsCompleted && deadline.Elapsed < TimeSpan.FromSeconds(10) && await CountTipsAsync() == 0)
        {
        }
    }

    private Task<long> CountTipsAsync() => CountAsync("SELECT COUNT(*) FROM Tips");

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
