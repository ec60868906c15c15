using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Portal.Tests.Infrastructure;
using Portal.Tests.Police;
using Portal.Tests.Reporting.Pages;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Rewards;

namespace Portal.Tests.Tips.Protection;

/// <summary>
/// The promise of tip-protection.md, checked end to end: a unique marker written into every field a reporter
/// can fill, into a message, into an attachment's name and bytes and into the reward's bank details, is found in no database table, no blob and no log line, even with every
/// log level on. Runs on SQLite and PostgreSQL.
/// </summary>
[IntegrationTest]
public abstract class CanaryTests
{
    private readonly string marker = "CANARY" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    /// <summary>A phone can only hold digits: its own marker.</summary>
    private readonly string phoneMarker = "139" + Random.Shared.NextInt64(10_000_000, 99_999_999);

    /// <summary>A bank account can only hold digits: its own marker.</summary>
    private readonly string accountMarker = "62" + Random.Shared.NextInt64(100_000_000_000_000, 999_999_999_999_999);

    /// <summary>A number plate can only hold a province, letters and digits: its own marker, with letters no hex dump has.</summary>
    private readonly string plateLetters = "Z" + string.Concat(Enumerable.Range(0, 5).Select(_ => "GHJKLMNPQRSTUVWXY"[Random.Shared.Next(17)])) + Random.Shared.Next(10, 99);

    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    protected abstract Task<List<(string Table, object?[] Row)>> DumpEveryTableAsync();

    private sealed class VerbosePortalFactory(CapturingLoggerProvider logs, IDictionary<string, string?> settings) : PortalFactory(null, settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }
    }

    /// <param name="sealedTips">With unit keys for the tip's county, prefecture and province, so the tip is sealed.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_marker_in_every_field_and_message_appears_in_no_table_no_blob_and_no_log(bool sealedTips)
    {
        using var logs = new CapturingLoggerProvider();
        using var portal = new VerbosePortalFactory(logs, new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["Database:ConnectionString"] = ConnectionString,
        });
        using var keys = sealedTips ? await UnitKeysAsync(portal) : null;
        // The police's side of this test (reading the report, the reward) runs with an officer's unit keys.
        using var access = Portal.Tips.Sealing.SealedTipAccess.Begin(() => keys);
        using var client = portal.CreateBrowserLikeClient();
        var fields = new Dictionary<string, string>
        {
            ["Form.Category"] = "child-abduction",
            ["Form.WhatHappened"] = $"叙述 {marker} narrative",
            ["Form.PlaceKey"] = "620102",
            ["Form.PlaceDetail"] = $"地点 {marker}",
            ["Form.OtherProvince"] = $"省份 {marker}",
            ["Form.WhenText"] = $"时间 {marker}",
            ["Form.People[0].Role"] = "Suspect",
            ["Form.People[0].Age"] = "45",
            ["Form.Vehicles[0].Plate"] = "甘" + plateLetters,
            ["Form.Vehicles[1].Plate"] = "?" + plateLetters,
            ["Form.OnlineLinks"] = $"https://example.test/{marker}",
            ["Form.Mode"] = "Professional",
            ["Form.Name"] = $"姓名 {marker}",
            ["Form.Phone"] = phoneMarker,
            ["Form.Institution"] = $"单位 {marker}",
            ["Form.Role"] = $"职务 {marker}",
        };

        for (var person = 0; person < 3; person++)
        {
            fields[$"Form.People[{person}].Description"] = $"人员{person}特征 {marker}";
            fields[$"Form.People[{person}].Name"] = $"人员{person}姓名 {marker}";
            fields[$"Form.People[{person}].Language"] = $"人员{person}方言 {marker}";
        }

        for (var vehicle = 0; vehicle < 2; vehicle++)
        {
            fields[$"Form.Vehicles[{vehicle}].Colour"] = $"车辆{vehicle}颜色 {marker}";
            fields[$"Form.Vehicles[{vehicle}].MakeModel"] = $"车辆{vehicle}型号 {marker}";
            fields[$"Form.Vehicles[{vehicle}].Direction"] = $"车辆{vehicle}方向 {marker}";
            fields[$"Form.Vehicles[{vehicle}].Description"] = $"车辆{vehicle}特征 {marker}";
        }

        var posted = await TipForms.SubmitAsync(client, fields, solveProofOfWork: true);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(sealedTips, (await SingleTipAsync(portal)).WrappedDataKey.Length == 0);
        await AssertEveryMarkedFieldWasStoredAsync(portal, fields);
        var receipt = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(posted));
        var attachment = Portal.Tests.Tips.Attachments.TestFiles.Pdf(2000).Concat(Encoding.ASCII.GetBytes($"\n% {marker} in the file's bytes\n")).ToArray();
        var uploaded = await AttachmentUploadTests.UploadAsync(client, receipt, ($"{marker}.pdf", attachment));
        Assert.Contains("added=1", HtmlPage.RedirectTarget(uploaded), StringComparison.Ordinal);
        var number = receipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent;
        var passphrase = receipt.Document.QuerySelector("[data-testid=receipt-passphrase]")!.TextContent;
        var signIn = await HtmlPage.GetAsync(client, "/report/follow-up");
        var opened = await HtmlPage.ParseAsync(await signIn.SubmitAsync(client, new Dictionary<string, string> { ["SignIn.Number"] = number, ["SignIn.Passphrase"] = passphrase }));
        var sent = await HtmlPage.ParseAsync(await opened.SubmitAsync(client, new Dictionary<string, string> { ["Reply.Text"] = $"消息 {marker}" }, "form:has(#reply)"));
        Assert.Contains($"消息 {marker}", sent.Document.QuerySelector("[data-testid=messages]")!.TextContent, StringComparison.Ordinal);
        var rewards = new Portal.Tests.Rewards.RewardHarness(portal.Services);
        var supervisor = await rewards.SupervisorAsync("province");
        var rewardId = await rewards.ApprovedAsync((await SingleTipAsync(portal)).Id, await rewards.OfficerAsync("province"), supervisor);
        var withReward = await HtmlPage.ParseAsync(await signIn.SubmitAsync(client, new Dictionary<string, string> { ["SignIn.Number"] = number, ["SignIn.Passphrase"] = passphrase }));
        var claimed = await HtmlPage.ParseAsync(await withReward.SubmitAsync(client, new Dictionary<string, string>
        {
            ["RewardBank.AccountName"] = $"领奖人 {marker}", ["RewardBank.Bank"] = $"银行 {marker}", ["RewardBank.AccountNumber"] = accountMarker, ["RewardBank.Consent"] = "true",
        }, "form:has(#bank-account)"));
        Assert.NotNull(claimed.Document.QuerySelector("[data-testid=reward-bank-given]"));
        Assert.Equal(new BankDetails($"领奖人 {marker}", $"银行 {marker}", accountMarker), await rewards.Workflow.BankDetailsAsync(supervisor, rewardId));

        var secrets = new[] { marker, phoneMarker, accountMarker, plateLetters, number.Replace(" ", "", StringComparison.Ordinal), passphrase };
        var rows = await DumpEveryTableAsync();
        Assert.Contains(rows, row => row.Table.Replace("\"", "", StringComparison.Ordinal).EndsWith("Tips", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Table.Replace("\"", "", StringComparison.Ordinal).EndsWith("TipMessages", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Table.Replace("\"", "", StringComparison.Ordinal).EndsWith("TipAttachments", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Table.Replace("\"", "", StringComparison.Ordinal).EndsWith("Rewards", StringComparison.Ordinal));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(portal.DataFolder, "blobs", "tips"), "*", SearchOption.AllDirectories));
        foreach (var (table, row) in rows)
        {
            foreach (var value in row)
            {
                var text = value switch
                {
                    byte[] bytes => Encoding.UTF8.GetString(bytes) + Convert.ToHexString(bytes),
                    null => "",
                    _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                };
                Assert.All(secrets, secret => Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{secret} found in table {table}"));
            }
        }

        foreach (var file in Directory.EnumerateFiles(portal.DataFolder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".db", StringComparison.Ordinal) && !f.Contains(".db-", StringComparison.Ordinal)))
        {
            var content = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, content, StringComparison.OrdinalIgnoreCase));
        }

        Assert.NotEmpty(logs.Lines);
        var log = string.Join("\n", logs.Lines);
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, log, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<Portal.Tips.Sealing.UnitKeySession> UnitKeysAsync(PortalFactory portal)
    {
        var store = portal.Services.GetRequiredService<Portal.Tips.Sealing.UnitKeyStore>();
        await store.EnrolAsync("canary-officer", "canary officer password");
        foreach (var unit in new[] { "620102", "620100", Portal.Tips.Police.Jurisdictions.Province })
        {
            Assert.True((await store.CreateUnitAsync("test-admin", unit, ["canary-officer"])).Succeeded);
        }

        return (await store.UnlockAsync("canary-officer", "canary officer password"))!;
    }

    /// <summary>The marker's absence means something only if every marked field really was kept (inside the encryption).</summary>
    private async Task AssertEveryMarkedFieldWasStoredAsync(PortalFactory portal, Dictionary<string, string> fields)
    {
        var tip = await SingleTipAsync(portal);
        var report = portal.Services.GetRequiredService<TipKeyring>().ReadReport(tip);
        var kept = JsonSerializer.Serialize(report, ReadableJson);
        var marked = fields.Where(field => field.Key.StartsWith("Form.People[", StringComparison.Ordinal) || field.Key.StartsWith("Form.Vehicles[", StringComparison.Ordinal))
            .Where(field => field.Value.Contains(marker, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(3 * 3 + 2 * 4, marked.Count);
        Assert.All(marked, field => Assert.Contains(field.Value, kept, StringComparison.Ordinal));
        Assert.Equal(["甘" + plateLetters, "?" + plateLetters], report.Vehicles.Select(vehicle => vehicle.Plate));
        Assert.Contains(marker, report.WhatHappened, StringComparison.Ordinal);
    }

    private static async Task<Tip> SingleTipAsync(PortalFactory portal)
    {
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        return await context.Set<Tip>().AsNoTracking().SingleAsync();
    }

    protected static async Task<List<(string Table, object?[] Row)>> DumpAsync(DbConnection connection, IEnumerable<string> tables)
    {
        var rows = new List<(string, object?[])>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object?[reader.FieldCount];
                reader.GetValues(values!);
                rows.Add((table, values));
            }
        }

        return rows;
    }

    protected static async Task<List<string>> QueryStringsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}

public sealed class SqliteCanaryTests : CanaryTests, IDisposable
{
    private readonly TemporaryFolder folder = new();

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={folder.File("canary.db")}";

    protected override async Task<List<(string Table, object?[] Row)>> DumpEveryTableAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = await QueryStringsAsync(connection, "SELECT '\"' || name || '\"' FROM sqlite_master WHERE type = 'table'");
        return await DumpAsync(connection, tables);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}

public sealed class PostgresCanaryTests : CanaryTests, IAsyncLifetime
{
    private readonly PostgresDatabaseFixture database = new();

    protected override string Provider => "Postgres";

    protected override string ConnectionString => database.ConnectionString;

    protected override async Task<List<(string Table, object?[] Row)>> DumpEveryTableAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = await QueryStringsAsync(connection,
            "SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')");
        return await DumpAsync(connection, tables);
    }

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();
}
