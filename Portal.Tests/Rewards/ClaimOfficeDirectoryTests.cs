using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting.Pages;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Rewards;

namespace Portal.Tests.Rewards;

/// <summary>
/// The claim-office directory: administrators add, edit and remove offices (each change in the audit chain), and
/// the reporter's claim page offers the offices of the tip's prefecture, else the provincial ones, with address,
/// opening hours and phone.
/// </summary>
[IntegrationTest]
public sealed class ClaimOfficeDirectoryTests : IClassFixture<PortalFactory>
{
    private const string Admin = "admin-claim-offices";
    private readonly PortalFactory portal;

    public ClaimOfficeDirectoryTests(PortalFactory portal) => this.portal = portal;

    private ClaimOffices Offices => portal.Services.GetRequiredService<ClaimOffices>();

    private static ClaimOfficeInput Lanzhou(string name = "兰州市公安局刑事侦查支队") =>
        new("620100", name, "兰州市七里河区", "周一至周五 8:30–12:00、14:30–18:00", "0931-0000111");

    [Fact]
    public async Task An_administrator_adds_edits_and_removes_an_office_and_each_change_is_audited()
    {
        var added = await Offices.AddAsync(Admin, Lanzhou("兰州市公安局（待改名）"));
        Assert.True(added.Succeeded);
        var id = added.Value;
        Assert.Equal("兰州市公安局（待改名）", (await Offices.ListAsync()).Single(o => o.Id == id).Name);

        Assert.True((await Offices.UpdateAsync(Admin, id, Lanzhou() with { NameEn = "Lanzhou CID" })).Succeeded);
        var edited = (await Offices.ListAsync()).Single(o => o.Id == id);
        Assert.Equal(("兰州市公安局刑事侦查支队", "Lanzhou CID", "0931-0000111", "620100"), (edited.Name, edited.NameEn, edited.Phone, edited.PrefectureKey));

        Assert.True((await Offices.RemoveAsync(Admin, id)).Succeeded);
        Assert.DoesNotContain(await Offices.ListAsync(), o => o.Id == id);
        Assert.Equal("claim-office-unknown", (await Offices.RemoveAsync(Admin, id)).Error);

        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var audited = await context.Set<TipAuditEntry>().Where(e => e.ActorId == Admin && e.Detail!.Contains(id.ToString("N"))).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
        Assert.Equal([TipAuditActions.ClaimOfficeAdd, TipAuditActions.ClaimOfficeEdit, TipAuditActions.ClaimOfficeRemove], audited);
    }

    [Fact]
    public async Task Missing_fields_an_unknown_prefecture_and_a_phone_with_letters_are_refused_field_by_field()
    {
        var refused = await Offices.AddAsync(Admin, new ClaimOfficeInput("620102", " ", null, "工作日", "0931-ABC"));

        Assert.False(refused.Succeeded);
        Assert.Equal(
            [("claim-office-prefecture-unknown", "prefecture"), ("claim-office-required", "name"), ("claim-office-required", "address"), ("claim-office-phone-invalid", "phone")],
            refused.Problems.Select(p => (p.Code, p.Field)));
    }

    [Fact]
    public async Task The_reporters_claim_page_shows_the_office_of_the_tips_prefecture_else_the_provincial_one()
    {
        Assert.True((await Offices.AddAsync(Admin, new ClaimOfficeInput(null, "甘肃省公安厅刑事侦查总队", "兰州市城关区", "工作日 9:00–17:00，请先电话预约", "0931-0000110"))).Succeeded);
        Assert.True((await Offices.AddAsync(Admin, new ClaimOfficeInput("620400", "白银市公安局刑事侦查支队", "白银市白银区", "工作日 8:30–17:30", "0943-0000110"))).Succeeded);
        using var client = portal.CreateBrowserLikeClient();

        // TipForms reports from 白银区 (620402), a county of 白银市: its prefecture's office, not the province's.
        var inBaiyin = await ClaimPageAsync(client, "620402");
        var offered = inBaiyin.Document.QuerySelectorAll("[data-testid=claim-office-choice]").Select(o => o.TextContent).ToList();
        var baiyin = Assert.Single(offered);
        Assert.Contains("白银市公安局刑事侦查支队", baiyin, StringComparison.Ordinal);
        Assert.Contains("白银市白银区", baiyin, StringComparison.Ordinal);
        Assert.Contains("办公时间：工作日 8:30–17:30", baiyin, StringComparison.Ordinal);
        Assert.Contains("电话：0943-0000110", baiyin, StringComparison.Ordinal);

        var issued = await HtmlPage.ParseAsync(await inBaiyin.SubmitAsync(client, new Dictionary<string, string>(), "form:has(input[name='RewardCode.OfficeKey'])"));
        Assert.Equal("领取地点：白银市公安局刑事侦查支队", issued.Document.QuerySelector("[data-testid=claim-office]")!.TextContent);
        Assert.Contains("电话：0943-0000110", issued.Text, StringComparison.Ordinal);

        // 酒泉市 has no office of its own: the provincial one.
        var inJiuquan = await ClaimPageAsync(client, "620902");
        var provincial = Assert.Single(inJiuquan.Document.QuerySelectorAll("[data-testid=claim-office-choice]"));
        Assert.Contains("甘肃省公安厅刑事侦查总队", provincial.TextContent, StringComparison.Ordinal);
        Assert.Contains("电话：0931-0000110", provincial.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A tip from the county, substantiated and rewarded, and the reporter signed in on the follow-up page.</summary>
    private async Task<HtmlPage> ClaimPageAsync(HttpClient client, string county)
    {
        var fields = TipForms.Fields();
        fields["Form.PlaceKey"] = county;
        var receipt = await HtmlPage.GetAsync(client, HtmlPage.RedirectTarget(await TipForms.SubmitAsync(client, fields)));
        var number = receipt.Document.QuerySelector("[data-testid=receipt-number]")!.TextContent;
        var passphrase = receipt.Document.QuerySelector("[data-testid=receipt-passphrase]")!.TextContent;
        var (_, tipId) = await portal.Services.GetRequiredService<TipFollowUp>().SignInAsync(number, passphrase, "claim-office-test");
        var desk = new RewardHarness(portal.Services);
        await desk.ApprovedAsync(tipId!.Value, await desk.OfficerAsync(county), await desk.SupervisorAsync(county));

        var signIn = await HtmlPage.GetAsync(client, "/report/follow-up");
        return await HtmlPage.ParseAsync(await signIn.SubmitAsync(client, new Dictionary<string, string> { ["SignIn.Number"] = number, ["SignIn.Passphrase"] = passphrase }));
    }
}
