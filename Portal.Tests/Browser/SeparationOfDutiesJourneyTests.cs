using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// The administrators' journey in the browser: a security administrator asks for the supervisor role for someone,
/// a second one approves it on the approvals page, and the audit administrator reads both in the audit trail.
/// Screenshots: <c>admin-role-requested.png</c>, <c>admin-approvals.png</c>, <c>admin-audit-trail.png</c>.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class SeparationOfDutiesJourneyTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task A_supervisor_role_asked_for_by_one_security_administrator_takes_effect_when_a_second_approves_and_the_auditor_sees_both()
    {
        var requester = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.SecurityAdministrator);
        var approver = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.SecurityAdministrator);
        var auditor = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.AuditAdministrator);
        var staff = await TestUsers.CreateAsync(Fixture.Portal.Services, PortalRoles.Editor);

        var page = await StaffPages.SignedInAsync(Fixture, requester, "/staff/admin/users");
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = staff.Email }) });
        await StaffPages.WaitOrExplainAsync(Fixture, row, "admin-users-timeout.png");
        await row.Locator("[data-testid=user-edit-roles]").ClickAsync();
        await row.GetByLabel("角色").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "主管领导" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "编辑" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await row.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await StaffPages.WaitOrExplainAsync(Fixture, page.Locator("[data-testid=users-notice]", new() { HasText = "须由另一位安全管理员批准后生效" }), "admin-notice-timeout.png");
        Assert.Contains("编辑", await row.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-role-requested.png"), FullPage = true });

        var second = await StaffPages.SignedInAsync(Fixture, approver, "/staff/admin/approvals");
        var request = second.Locator("tr", new() { HasText = staff.Email });
        await StaffPages.WaitOrExplainAsync(Fixture, request, "admin-approvals-timeout.png");
        Assert.Contains("主管领导", await request.InnerTextAsync(), StringComparison.Ordinal);
        await second.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-approvals.png"), FullPage = true });
        await request.Locator("[data-testid=approval-approve]").ClickAsync();
        await StaffPages.WaitOrExplainAsync(Fixture, second.GetByText("没有待审批事项。"), "admin-approved-timeout.png");

        var trail = await StaffPages.SignedInAsync(Fixture, auditor, "/staff/admin/audit");
        await StaffPages.WaitOrExplainAsync(Fixture, trail.Locator("[data-testid=audit-trail-action]", new() { HasText = AccountAuditActions.Approve }), "admin-trail-timeout.png");
        Assert.Contains(AccountAuditActions.RoleRequest, await trail.Locator("[data-testid=audit-trail]").InnerTextAsync(), StringComparison.Ordinal);
        await trail.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-audit-trail.png"), FullPage = true });
        await StaffPages.AssertNoAxeViolationsAsync(trail, "the audit trail");
        await StaffPages.AssertNoAxeViolationsAsync(second, "the approvals page");
    }
}
