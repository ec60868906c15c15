using System.Globalization;
using System.Net;
using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Portal.Tests.Infrastructure;
using Portal.Tips.Reporting;
using Portal.Tips.Oversight;
using Portal.Tips.Police;
using Portal.Web.Components.Staff.Oversight;
using Portal.Web.Identity;
using Portal.Web.Oversight;
using static Portal.Tests.Oversight.OversightHarness;

namespace Portal.Tests.Oversight;

/// <summary>
/// The report page and the CSV endpoint through the real host (SQLite): who reaches which region, small cells in the
/// report, and the CSV of every table equal to the table the dashboard renders (bUnit, the dashboard's own component).
/// </summary>
/// <remarks>MudBlazor's services are only async-disposable, so the bUnit context is disposed through IAsyncLifetime.</remarks>
[IntegrationTest]
public sealed class OversightPagesTests : BunitContext, IClassFixture<OversightPagesTests.Oversight2025PortalFactory>, IAsyncLifetime
{
    private readonly Oversight2025PortalFactory portal;

    public OversightPagesTests(Oversight2025PortalFactory portal)
    {
        this.portal = portal;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
    }

    /// <summary>A portal with 2025's tips: 7 in Lanzhou (one of another category), 2 in Jiuquan, 1 without a place.</summary>
    public sealed class Oversight2025PortalFactory() : PortalFactory(null, new Dictionary<string, string?>(OversightRetention.Settings)), IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            var fixture = new OversightHarness(this);
            for (var i = 0; i < 6; i++)
            {
                await fixture.TipAsync(Chengguan, TipCategory.ForcedLabour, Cst(2025, 3, 1 + i, 10, 0), TimeSpan.FromMinutes(5 + i), TimeSpan.FromDays(1 + i), i < 5 ? CaseOutcome.Substantiated : CaseOutcome.Spam);
            }

            await fixture.TipAsync(Lanzhou, TipCategory.ChildAbduction, Cst(2025, 4, 2, 10, 0), TimeSpan.FromMinutes(2));
            await fixture.TipAsync(Jiuquan, TipCategory.ForcedLabour, Cst(2025, 5, 2, 10, 0));
            await fixture.TipAsync(Jiuquan, TipCategory.Other, Cst(2025, 5, 3, 10, 0));
            await fixture.TipAsync(Jurisdictions.Province, TipCategory.Other, Cst(2025, 6, 3, 10, 0));
            await fixture.Rollup.RefreshAsync();
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task The_report_shows_small_counts_as_under_five_withholds_what_would_give_them_away_and_states_the_figures_in_the_readers_language()
    {
        var client = await SignedInAsync(PortalRoles.ProvincialOffice);

        var page = await HtmlPage.GetAsync(client, "/staff/oversight/report/2025");

        var byRegion = Rows(page, "tips-by-region");
        Assert.Equal("7", byRegion["兰州市"][0]);
        Assert.Equal(SmallCells.Small, byRegion["酒泉市"][0]);
        Assert.Equal(SmallCells.Small, byRegion["嘉峪关市"][0]);
        var byCategory = Rows(page, "tips-by-category");
        // 7 forced labour; child abduction 1, other 2 and the empty categories hidden: several hidden cells, nothing more to withhold.
        Assert.Equal("7", byCategory["强迫劳动、使用童工"][0]);
        Assert.Equal(SmallCells.Small, byCategory["拐卖、拐骗儿童"][0]);
        var outcomes = Rows(page, "tip-outcomes");
        Assert.Equal(("10", "6", "5"), (outcomes["收到线索"][0], outcomes["其中已办结"][0], outcomes["其中查证属实"][0]));
        // 5 of 6 substantiated: the share would tell that one was not.
        Assert.Equal("不公布", outcomes["查证属实占已办结"][0]);
        var text = page.Document.QuerySelector("[data-testid=report-text]")!.TextContent;
        Assert.Contains("2025年，全省共收到举报线索10条，已办结6条，其中查证属实5条；属实比例不公布", text, StringComparison.Ordinal);
        Assert.Contains("举报奖励：提出不足5件，批准不足5件，发放不足5件；发放不足5件，发放金额不公布。", text, StringComparison.Ordinal);
        Assert.All(page.Document.QuerySelectorAll("table td"), cell => Assert.False(int.TryParse(cell.TextContent.Replace(",", "", StringComparison.Ordinal), out var n) && n is > 0 and < 5, $"small count {n} shown"));
    }

    [Fact]
    public async Task The_Chinese_report_holds_no_English_and_the_English_report_no_Chinese()
    {
        var client = await SignedInAsync(PortalRoles.ProvincialOffice);

        var chinese = (await HtmlPage.GetAsync(client, "/staff/oversight/report/2025")).Document.QuerySelector("main")!.TextContent;
        var english = (await HtmlPage.GetAsync(client, "/staff/oversight/report/2025?lang=en")).Document.QuerySelector("main")!.TextContent;

        Assert.DoesNotMatch("[A-Za-z]{2,}", chinese);
        Assert.DoesNotContain("不公布元", chinese, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", english);
        Assert.Contains("In 2025, the whole province received 10 tips and closed 6, of which 5 were substantiated; the share substantiated is withheld", english, StringComparison.Ordinal);
        Assert.Contains("Rewards: fewer than 5 proposed, fewer than 5 approved and fewer than 5 paid; fewer than 5 were paid, so the amount is withheld.", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_is_scaled_to_its_data_and_an_empty_one_says_so_in_words()
    {
        OversightCell Count(long n) => new(n.ToString(CultureInfo.InvariantCulture), n, IsCount: true);
        var small = new OversightTable("tips-by-category", "类别", ["类别", "线索数"], [new("a", "甲", [Count(3)]), new("b", "乙", [Count(1)])], PartitionsTotal: true, Charted: [0]);
        var empty = small with { Id = "tips-by-region", Rows = [new("a", "甲", [Count(0)]), new("b", "乙", [Count(0)])] };

        var drawn = Render<OversightPanel>(p => p.Add(x => x.Table, small));
        var axis = drawn.FindAll("svg text").Select(t => t.TextContent.Trim()).Where(t => double.TryParse(t, CultureInfo.InvariantCulture, out _)).ToList();
        Assert.Contains("3", axis);
        Assert.DoesNotContain("20", axis);
        Assert.Empty(drawn.FindAll("[data-testid^=chart-empty]"));

        var blank = Render<OversightPanel>(p => p.Add(x => x.Table, empty));
        Assert.Empty(blank.FindAll("svg"));
        Assert.Contains("没有可画的数据", blank.Find("[data-testid=chart-empty-tips-by-region]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_small_cell_in_a_table_that_adds_up_to_a_stated_total_takes_the_smallest_other_cell_with_it()
    {
        OversightCell Count(long n) => new(n.ToString(CultureInfo.InvariantCulture), n, IsCount: true);
        var table = new OversightTable("tips-by-month", "月", ["月份", "线索数"],
            [new("a", "一月", [Count(40)]), new("b", "二月", [Count(3)]), new("c", "三月", [Count(12)]), new("d", "四月", [Count(9)])], PartitionsTotal: true, Charted: [0]);
        var times = new OversightTable("tip-times", "用时", ["指标", "线索数", "中位数", "第90百分位"],
            [new("to-acknowledge", "受理", [Count(4), new("≤ 5 分钟", 0.08, false), new("≤ 1 小时", 1, false)]), new("to-close", "办结", [Count(5), new("≤ 1 天", 24, false), new("≤ 2 天", 48, false)])], PartitionsTotal: false, Charted: [1, 2]);
        var localizer = Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Portal.Web.OversightResource>>();

        var suppressed = SmallCells.Suppress([table, times], localizer);

        Assert.Equal(["40", SmallCells.Small, "12", "不公布"], suppressed[0].Rows.Select(r => r.Cells[0].Text));
        Assert.Equal([SmallCells.Small, "不公布", "不公布"], suppressed[1].Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["5", "≤ 1 天", "≤ 2 天"], suppressed[1].Rows[1].Cells.Select(c => c.Text));
        Assert.All(suppressed.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Where(c => c.Text is SmallCells.Small or "不公布"), c => Assert.Null(c.Value));
    }

    [Fact]
    public async Task A_prefecture_supervisor_reaches_only_their_prefecture_in_the_report_and_the_csv()
    {
        var client = await SignedInAsync(PortalRoles.Supervisor, Lanzhou);

        var own = await HtmlPage.GetAsync(client, "/staff/oversight/report/2025");
        Assert.Contains("兰州市", own.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["兰州市"], Rows(own, "tips-by-region").Keys);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/oversight/report/2025/620100")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/staff/oversight/report/2025/620900")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/staff/oversight/report/2025/province")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/staff/oversight/csv/tips-by-region?from=2025-01-01&to=2025-12-31&region=620900")).StatusCode);
        var csv = await client.GetStringAsync("/staff/oversight/csv/tips-by-region?from=2025-01-01&to=2025-12-31");
        Assert.Equal("地区,线索数\r\n兰州市,7\r\n", csv.TrimStart('\uFEFF'));

        var countyOnly = await SignedInAsync(PortalRoles.Supervisor, Chengguan);
        Assert.Equal(HttpStatusCode.NotFound, (await countyOnly.GetAsync("/staff/oversight/report/2025")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await countyOnly.GetAsync("/staff/oversight/csv/tips-by-region")).StatusCode);
    }

    [Fact]
    public async Task Every_table_downloads_as_a_UTF8_CSV_with_a_byte_order_mark_equal_to_the_table_the_dashboard_renders()
    {
        var client = await SignedInAsync(PortalRoles.ProvincialOffice);
        var query = OversightQuery.Year(2025);
        var office = new OversightActor("office-csv", IsProvincialOffice: true, IsSupervisor: false);
        OversightView view;
        using (var scope = portal.Services.CreateScope())
        {
            view = await scope.ServiceProvider.GetRequiredService<OversightViews>().LoadAsync(office, query);
        }

        Assert.Equal(OversightTable.Ids, view.Tables.Select(t => t.Id));
        foreach (var table in view.Tables)
        {
            using var response = await client.GetAsync(OversightCsvEndpoint.Url(table.Id, query));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(("text/csv", "utf-8"), (response.Content.Headers.ContentType!.MediaType, response.Content.Headers.ContentType.CharSet));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            var csv = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));

            var rendered = Render<OversightPanel>(p => p.Add(x => x.Table, table).Add(x => x.CsvUrl, "/csv"));
            var html = rendered.Find($"[data-testid=table-{table.Id}]");
            var shown = html.QuerySelectorAll("tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
            Assert.Equal(shown, csv);
        }

        Assert.Equal(["2025年3月", "6"], ParseCsv(await client.GetStringAsync(OversightCsvEndpoint.Url("tips-by-month", query)))[3]);
    }

    private async Task<HttpClient> SignedInAsync(string role, params string[] grants)
    {
        var user = await TestUsers.CreateAsync(portal.Services, role);
        if (grants.Length > 0)
        {
            Assert.Null((await portal.Services.GetRequiredService<OfficerGrants>().SetGrantsAsync("admin-test", user.Id, grants)).Error);
        }

        var client = portal.CreateBrowserLikeClient();
        Assert.Equal("/staff", HtmlPage.RedirectTarget(await StaffSignIn.WithAuthenticatorAsync(client, user)));
        return client;
    }

    private static Dictionary<string, List<string>> Rows(HtmlPage page, string table) =>
        page.Document.QuerySelectorAll($"[data-testid=table-{table}] tbody tr")
            .ToDictionary(tr => tr.QuerySelector("th")!.TextContent.Trim(), tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList());

    /// <summary>RFC 4180: fields separated by commas, quoted when they hold a comma, quote or line break.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
