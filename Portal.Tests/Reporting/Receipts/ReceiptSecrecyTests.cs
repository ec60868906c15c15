using System.Data.Common;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting.Pages;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Web.Reporting;

namespace Portal.Tests.Reporting.Receipts;

/// <summary>
/// Whoever holds the database and every key must still not become the reporter: the receipt lives in the
/// reporter's browser for the receipt page's window, and the portal keeps nothing of it but keyed hashes.
/// </summary>
[IntegrationTest]
public sealed class ReceiptSecrecyTests : IClassFixture<ReceiptSecrecyTests.ClockAndLogsPortal>
{
    private readonly ClockAndLogsPortal portal;

    public ReceiptSecrecyTests(ClockAndLogsPortal portal) => this.portal = portal;

    public sealed class ClockAndLogsPortal : PortalFactory
    {
        public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

        public CapturingLoggerProvider Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        }
    }

    [Fact]
    public async Task The_receipt_page_reads_the_receipt_from_the_reporters_cookie_and_the_database_holds_only_keyed_hashes()
    {
        using var client = portal.CreateBrowserLikeClient();
        var submitted = await TipForms.SubmitAsync(client, TipForms.Fields());

        Assert.Equal("/report/receipt", HtmlPage.RedirectTarget(submitted));
        // One cookie for each language's receipt page (the page has a language switch) and for no other page.
        var cookies = submitted.Headers.GetValues("Set-Cookie").Where(value => value.StartsWith(ReporterCookies.Receipt + "=", StringComparison.Ordinal)).ToList();
        Assert.Equal(["path=/en/report/receipt;", "path=/report/receipt;"], cookies.Select(c => System.Text.RegularExpressions.Regex.Match(c, "path=[^;]*;").Value).Order(StringComparer.Ordinal));
        foreach (var cookie in cookies)
        {
            foreach (var attribute in new[] { "secure", "samesite=strict", "httponly", "max-age=1800" })
            {
                Assert.Contains(attribute, cookie, StringComparison.OrdinalIgnoreCase);
            }
        }

        var receipt = await HtmlPage.GetAsync(client, "/report/receipt");
        var number = receipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var passphrase = receipt.Document.QuerySelector("[data-testid=receipt-passphrase]")!.TextContent;
        Assert.Equal(16, number.Length);

        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var columns = context.Model.GetEntityTypes().SelectMany(type => type.GetProperties())
            .Where(property => property.Name.Contains("Receipt", StringComparison.Ordinal))
            .Select(property => $"{property.DeclaringType.ClrType.Name}.{property.Name}");
        Assert.All(columns, column => Assert.EndsWith("Hash", column, StringComparison.Ordinal));
        Assert.Contains("Tip.ReceiptNumberHash", columns);
        var hashes = portal.Services.GetRequiredService<ReceiptHashes>();
        var tip = await context.Set<Tip>().SingleAsync(t => t.ReceiptNumberHash == hashes.OfNumber(number));
        Assert.True(ReceiptHashes.Same(tip.PassphraseHash, hashes.OfPassphrase(tip.Id, Receipt.NormalizePassphrase(passphrase))));
        var everything = await EveryValueAsync(context.Database.GetDbConnection());
        Assert.DoesNotContain(number, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Receipt.NormalizePassphrase(passphrase), everything, StringComparison.Ordinal);
        Assert.DoesNotContain(passphrase, everything, StringComparison.Ordinal);

        using var stranger = portal.CreateBrowserLikeClient();
        var elsewhere = await HtmlPage.GetAsync(stranger, "/report/receipt");
        Assert.Null(elsewhere.Document.QuerySelector("[data-testid=receipt-number]"));
        Assert.Contains("本网站不保存回执号和口令", elsewhere.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_window_the_cookie_opens_nothing_and_a_repeated_submit_brings_no_receipt_back()
    {
        using var client = portal.CreateBrowserLikeClient();
        var form = await HtmlPage.GetAsync(client, "/report");
        var fields = TipForms.Fields();
        await form.SubmitAsync(client, fields, "main form[data-altcha-challenge]");
        var shown = await HtmlPage.GetAsync(client, "/report/receipt");
        var number = shown.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent;

        // A double click within the window: the second answer is the one the browser shows, with the same receipt.
        var again = await form.SubmitAsync(client, fields, "main form[data-altcha-challenge]");
        Assert.Equal("/report/receipt", HtmlPage.RedirectTarget(again));
        Assert.Equal(number, (await HtmlPage.GetAsync(client, "/report/receipt")).Document.QuerySelector("[data-testid=receipt-number]")!.TextContent);

        portal.Clock.Advance(TipIntake.ReceiptVisibleFor + TimeSpan.FromSeconds(1));

        Assert.Null((await HtmlPage.GetAsync(client, "/report/receipt")).Document.QuerySelector("[data-testid=receipt-number]"));
        var late = await form.SubmitAsync(client, fields, "main form[data-altcha-challenge]");
        Assert.Equal("/report/receipt", HtmlPage.RedirectTarget(late));
        Assert.DoesNotContain(late.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], value => value.StartsWith(ReporterCookies.Receipt + "=", StringComparison.Ordinal) && !value.Contains("max-age=0", StringComparison.OrdinalIgnoreCase));
        Assert.Null((await HtmlPage.GetAsync(client, "/report/receipt")).Document.QuerySelector("[data-testid=receipt-number]"));
    }

    [Fact]
    public async Task Receipt_and_follow_up_tokens_never_enter_an_address_or_a_log_line()
    {
        using var client = portal.CreateBrowserLikeClient();
        portal.Logs.Lines.Clear();
        var addresses = new List<string>();

        var submitted = await TipForms.SubmitAsync(client, TipForms.Fields());
        addresses.Add(HtmlPage.RedirectTarget(submitted));
        var receiptToken = CookieValue(submitted, ReporterCookies.Receipt);
        var receipt = await HtmlPage.GetAsync(client, addresses[^1]);
        var number = receipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent;
        var passphrase = receipt.Document.QuerySelector("[data-testid=receipt-passphrase]")!.TextContent;
        Assert.Equal(receiptToken, receipt.Document.QuerySelector("form[action='report/attachments'] input[name=t]")!.GetAttribute("value"));
        var uploaded = await AttachmentUploadTests.UploadAsync(client, receipt, ("车站.jpg", Portal.Tests.Tips.Attachments.TestFiles.JpegWithGps("X")));
        addresses.Add(HtmlPage.RedirectTarget(uploaded));

        var signIn = await HtmlPage.GetAsync(client, "/report/follow-up");
        var opened = await HtmlPage.ParseAsync(await signIn.SubmitAsync(client, new Dictionary<string, string> { ["SignIn.Number"] = number, ["SignIn.Passphrase"] = passphrase }));
        var access = opened.Document.QuerySelector("form[action='report/attachments'] input[name=access]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(access), "access" },
            { new ByteArrayContent(Portal.Tests.Tips.Attachments.TestFiles.Pdf(3000)), "files", "记录.pdf" },
        };
        var later = await client.PostAsync("/report/attachments", content);
        addresses.Add(HtmlPage.RedirectTarget(later));
        var handedOver = CookieValue(later, ReporterCookies.FollowUp);
        Assert.Contains("path=/report/follow-up", later.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith(ReporterCookies.FollowUp + "=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        var back = await HtmlPage.GetAsync(client, addresses[^1]);
        Assert.NotNull(back.Document.QuerySelector("[data-testid=tip-status]"));
        addresses.AddRange(back.Document.QuerySelectorAll("a[href], form[action]").Select(element => element.GetAttribute("href") ?? element.GetAttribute("action")!));

        Assert.Equal(["/report/receipt", "/report/receipt?added=1", "/report/follow-up?added=1"], addresses.Take(3));
        var secrets = new[] { receiptToken, access, handedOver, number, number.Replace(" ", "", StringComparison.Ordinal), passphrase };
        foreach (var address in addresses)
        {
            Assert.DoesNotContain("t=", address.Split('?').Skip(1).FirstOrDefault() ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain("access=", address, StringComparison.Ordinal);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, address, StringComparison.Ordinal));
        }

        var log = string.Join("\n", portal.Logs.Lines);
        Assert.NotEmpty(portal.Logs.Lines);
        Assert.All(secrets.Concat(secrets.Select(Uri.EscapeDataString)), secret => Assert.DoesNotContain(secret, log, StringComparison.Ordinal));
    }

    private static string CookieValue(HttpResponseMessage response, string name)
    {
        // The receipt comes once for each language's receipt page, with the same value.
        var header = response.Headers.GetValues("Set-Cookie").First(value => value.StartsWith(name + "=", StringComparison.Ordinal));
        return Uri.UnescapeDataString(header[(name.Length + 1)..header.IndexOf(';', StringComparison.Ordinal)]);
    }

    /// <summary>Every value in every table, blobs read as text too, as someone with a copy of the database sees them.</summary>
    private static async Task<string> EveryValueAsync(DbConnection connection)
    {
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var names = await list.ExecuteReaderAsync();
            while (await names.ReadAsync())
            {
                tables.Add(names.GetString(0));
            }
        }

        var all = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    all.Append(rows.GetValue(i) switch
                    {
                        byte[] bytes => Encoding.UTF8.GetString(bytes) + Encoding.ASCII.GetString(bytes),
                        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    }).Append('\n');
                }
            }
        }

        return all.ToString();
    }
}
