using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Tests.Reporting;
using Portal.Tips.Attachments;
using Portal.Tips.Audit;
using Portal.Tips.Reporting;
using Portal.Tips.Police;
using Portal.Web.Identity;

namespace Portal.Tests.Police;

/// <summary>The printable case file over HTTP: the officer of the tip's jurisdiction gets it, audited; nobody else does.</summary>
[IntegrationTest]
public sealed class CaseFilePageTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory portal;

    public CaseFilePageTests(PortalFactory portal) => this.portal = portal;

    private T Service<T>()
        where T : notnull => portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task The_officer_of_the_jurisdiction_gets_the_whole_case_file_and_the_export_is_audited()
    {
        var officer = await OfficerAsync("620100");
        var marker = "CASE-FILE-" + Guid.NewGuid().ToString("N");
        var (tipId, pdf) = await WorkedTipAsync(officer, marker);

        using var client = portal.CreateBrowserLikeClient();
        await StaffSignIn.WithAuthenticatorAsync(client, officer);
        var page = await HtmlPage.GetAsync(client, $"/staff/tips/{tipId}/case-file");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Response.Headers.CacheControl?.NoStore, "a case file must not be cached");
        Assert.Equal("线索案卷", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal(tipId.ToString(), page.Document.QuerySelector("[data-testid=tip-id]")!.TextContent);
        Assert.Contains(marker, page.Document.QuerySelector("[data-testid=what-happened]")!.TextContent, StringComparison.Ordinal);
        var text = page.Text;
        Assert.Contains("穿黑色外套", text, StringComparison.Ordinal);        // a person block
        Assert.Contains("甘A", text, StringComparison.Ordinal);              // a vehicle block
        Assert.Contains("13812345678", text, StringComparison.Ordinal);     // the reporter's contact
        Assert.Contains("补充：车往西开了", text, StringComparison.Ordinal);   // a message from the reporter
        Assert.Contains("已调取车站监控", text, StringComparison.Ordinal);      // an internal note
        Assert.Contains("聊天记录.pdf", text, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), Assert.Single(page.Document.QuerySelectorAll("[data-testid=attachment-hash]")).TextContent);
        Assert.Contains("已办结（查证属实）", text, StringComparison.Ordinal);
        Assert.Contains("状态变更", text, StringComparison.Ordinal);            // history from the audit trail
        Assert.Contains("Triaged->Closed; outcome=Substantiated", text, StringComparison.Ordinal);
        // A static document: the print stylesheet, no script.
        Assert.NotNull(page.Document.QuerySelector("link[rel=stylesheet][media=print][href*='print']"));
        Assert.Empty(page.Document.QuerySelectorAll("script"));
        Assert.Null(page.Document.QuerySelector(".mud-layout")); // not wrapped in the interactive staff shell

        var exports = (await Service<TipAuditLog>().OfTipAsync(tipId)).Where(e => e.Action == TipAuditActions.Export).ToList();
        Assert.Equal(officer.Id, Assert.Single(exports).ActorId);
    }

    [Fact]
    public async Task An_officer_of_another_jurisdiction_gets_404_and_other_staff_403_and_nothing_is_exported()
    {
        var owner = await OfficerAsync("620100");
        var (tipId, _) = await WorkedTipAsync(owner, "CASE-FILE-OTHER-" + Guid.NewGuid().ToString("N"));
        var elsewhere = await OfficerAsync("620200");
        var editor = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);

        using (var client = portal.CreateBrowserLikeClient())
        {
            await StaffSignIn.WithAuthenticatorAsync(client, elsewhere);
            var page = await HtmlPage.GetAsync(client, $"/staff/tips/{tipId}/case-file");
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain("CASE-FILE-OTHER", page.Text, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/staff/tips/{Guid.NewGuid()}/case-file")).StatusCode);
        }

        using (var client = portal.CreateBrowserLikeClient())
        {
            await StaffSignIn.WithAuthenticatorAsync(client, editor);
            var page = await HtmlPage.GetAsync(client, $"/staff/tips/{tipId}/case-file");
            Assert.Equal(HttpStatusCode.Forbidden, page.Status);
            Assert.DoesNotContain("CASE-FILE-OTHER", page.Text, StringComparison.Ordinal);
        }

        using (var anonymous = portal.CreateBrowserLikeClient())
        {
            var response = await anonymous.GetAsync($"/staff/tips/{tipId}/case-file");
            Assert.StartsWith("/account/login", HtmlPage.RedirectTarget(response), StringComparison.Ordinal);
        }

        Assert.DoesNotContain(await Service<TipAuditLog>().OfTipAsync(tipId), e => e.Action == TipAuditActions.Export);
    }

    private async Task<TestUsers.TestUser> OfficerAsync(string jurisdiction)
    {
        var officer = await TestUsers.CreateAsync(portal.Services, PortalRoles.Officer);
        Assert.Null((await Service<OfficerGrants>().SetGrantsAsync("admin-test", officer.Id, [jurisdiction])).Error);
        return officer;
    }

    private async Task<(Guid TipId, byte[] Pdf)> WorkedTipAsync(TestUsers.TestUser officer, string marker)
    {
        var submitted = await Service<TipIntake>().SubmitAsync(TipSubmissions.Valid(marker + " 车站有人带走一名儿童") with
        {
            Mode = ReporterMode.Named, Name = "李四", Phone = "13812345678",
        });
        var tipId = submitted.TipId!.Value;
        var actor = new StaffActor(officer.Id, IsOfficer: true, IsSupervisor: false);
        var cases = Service<TipCases>();
        Assert.Null((await cases.AcknowledgeAsync(actor, tipId)).Error);
        Assert.Null((await Service<Portal.Tips.Reporting.TipFollowUp>().ReplyAsync(tipId, "补充：车往西开了")).Error);
        Assert.Null((await cases.AddNoteAsync(actor, tipId, "已调取车站监控")).Error);
        var pdf = TestFiles.Pdf(4000);
        var added = await Service<TipAttachmentStore>().AddAsync(tipId, "聊天记录.pdf", RequestBodyStream.Of(pdf));
        Assert.True(added.Accepted, added.Error);
        Assert.Null((await cases.CloseAsync(actor, tipId, CaseOutcome.Substantiated, "线索属实，已立案。")).Error);
        return (tipId, pdf);
    }
}
