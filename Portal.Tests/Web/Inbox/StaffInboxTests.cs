using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Content;
using Portal.Tests.Infrastructure;
using Portal.Tests.Rewards;
using Portal.Tests.Volunteers;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Tips.Reporting;
using Portal.Web.Identity;
using Portal.Web.Inbox;

namespace Portal.Tests.Web.Inbox;

/// <summary>
/// The task inbox against the real module services of a running portal: per role, the counts equal the work seeded for
/// that person and each link names the list filtered to exactly it; an officer's counts cover only their jurisdictions.
/// Each test works in counties and departments no other test here uses.
/// </summary>
[IntegrationTest]
public sealed class StaffInboxTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private StaffInbox Inbox => portal.Services.CreateScope().ServiceProvider.GetRequiredService<StaffInbox>();

    private static ClaimsPrincipal Person(string userId, params string[] roles) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, userId),
            new Claim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor),
            .. roles.Select(role => new Claim(ClaimTypes.Role, role)),
        ], "test"));

    private static InboxItem Line(IReadOnlyList<InboxItem> items, string key) => Assert.Single(items, i => i.Key == key);

    [Fact]
    public async Task An_officer_counts_the_unread_and_overdue_tips_of_their_own_jurisdictions_only()
    {
        var desk = new RewardHarness(portal.Services);
        var officer = await desk.OfficerAsync("620121");
        var mine = new[] { await desk.TipAsync("620121"), await desk.TipAsync("620121"), await desk.TipAsync("620121") };
        await desk.TipAsync("620122"); // 皋兰县: another county's tip, unread and soon overdue, is not theirs.
        await desk.Cases.OpenAsync(officer, mine[2]); // opened: read
        await using (var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync())
        {
            // Received two days ago and never acknowledged: past every priority's time.
            await context.Set<Tip>().Where(t => t.Id == mine[0] || t.JurisdictionKey == "620122").ExecuteUpdateAsync(s => s.SetProperty(t => t.ReceivedAt, portal.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-2)));
        }

        var items = await Inbox.ForAsync(Person(officer.UserId, PortalRoles.Officer));

        Assert.Equal(new InboxItem("unread-tips", 2, "staff/tips?unread=true"), Line(items, "unread-tips"));
        Assert.Equal(new InboxItem("overdue-tips", 1, "staff/tips?overdue=true"), Line(items, "overdue-tips"));
        Assert.DoesNotContain(items, i => i.Key.StartsWith("rewards", StringComparison.Ordinal));
        Assert.Equal(1, (await portal.Services.GetRequiredService<TipQueue>().PageAsync(officer, new TipQueueQuery { OverdueOnly = true })).Total);
    }

    [Fact]
    public async Task A_supervisor_counts_the_rewards_others_proposed_and_the_transfers_to_pay()
    {
        var desk = new RewardHarness(portal.Services);
        var officer = await desk.OfficerAsync("620123");
        var supervisor = await desk.SupervisorAsync("620123");
        await desk.ProposedAsync(await desk.TipAsync("620123"), officer);
        await desk.ProposedAsync(await desk.TipAsync("620123"), officer);
        await desk.ProposedAsync(await desk.TipAsync("620123"), supervisor); // their own: someone else approves it

        var items = await Inbox.ForAsync(Person(supervisor.UserId, PortalRoles.Supervisor));

        Assert.Equal(new InboxItem("rewards-to-approve", 2, "staff/rewards?tab=proposed"), Line(items, "rewards-to-approve"));
        Assert.Equal(new InboxItem("rewards-to-pay", 0, "staff/rewards?tab=approved"), Line(items, "rewards-to-pay"));
    }

    [Fact]
    public async Task A_reviewer_and_a_publisher_count_what_waits_in_their_departments()
    {
        var admin = ContentActor.Person("inbox-admin", isAdministrator: true);
        var departments = portal.Services.GetRequiredService<DepartmentAdministration>();
        var key = "inbox-" + Guid.NewGuid().ToString("N")[..10];
        var department = (await departments.CreateAsync(admin, key, "测试单位 " + key, "Test " + key, DepartmentSeed.RootId)).Value!.Id;
        var (editor, reviewer, publisher) = ("inbox-editor-" + key, "inbox-reviewer-" + key, "inbox-publisher-" + key);
        Assert.True((await departments.GrantAsync(admin, editor, department, ContentRole.Editor, false)).Succeeded);
        Assert.True((await departments.GrantAsync(admin, reviewer, department, ContentRole.Reviewer, false)).Succeeded);
        Assert.True((await departments.GrantAsync(admin, publisher, department, ContentRole.Publisher, false)).Succeeded);
        var editing = portal.Services.GetRequiredService<ContentEditor>();
        var workflow = portal.Services.GetRequiredService<ContentWorkflow>();
        var (editorActor, reviewerActor, publisherActor) = (ContentActor.Person(editor, ContentRole.Editor), ContentActor.Person(reviewer, ContentRole.Reviewer), ContentActor.Person(publisher, ContentRole.Publisher));
        async Task<Guid> SubmittedAsync()
        {
            var saved = (await editing.CreateAsync(editorActor, ContentType.Article, new NewContentItem { OwnerDepartmentId = department, Draft = Drafts.Article() })).Value!;
            Assert.True((await workflow.SubmitAsync(editorActor, saved.VersionId, "请审核")).Succeeded);
            return saved.VersionId;
        }

        await SubmittedAsync();
        await SubmittedAsync();
        var approved = await SubmittedAsync();
        Assert.True((await workflow.ApproveAsync(reviewerActor, approved, "同意")).Succeeded);
        var scheduled = await SubmittedAsync();
        Assert.True((await workflow.ApproveAsync(reviewerActor, scheduled, "同意")).Succeeded);
        Assert.True((await workflow.SchedulePublishAsync(publisherActor, scheduled, portal.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(3))).Succeeded);

        var forReviewer = await Inbox.ForAsync(Person(reviewer, PortalRoles.Reviewer));
        Assert.Equal([new InboxItem("review", 2, "staff/content/review")], forReviewer);

        var forPublisher = await Inbox.ForAsync(Person(publisher, PortalRoles.Publisher));
        Assert.Equal(
            [new InboxItem("to-publish", 2, "staff/content?state=Approved"), new InboxItem("scheduled", 1, "staff/content?scheduled=true")],
            forPublisher);
    }

    [Fact]
    public async Task A_coordinator_counts_the_applications_and_hours_of_their_regions()
    {
        var volunteers = new VolunteerHarness(portal);
        var coordinator = await volunteers.CoordinatorAsync("620100");
        await volunteers.ApplyAsync();
        await volunteers.ApplyAsync();

        var items = await new StaffInbox(
            portal.Services.GetRequiredService<ContentCatalog>(), portal.Services.GetRequiredService<TipQueue>(),
            portal.Services.GetRequiredService<Portal.Tips.Rewards.RewardWorkflow>(), volunteers.Vetting, volunteers.Hours).ForAsync(Person(coordinator, PortalRoles.VolunteerCoordinator));

        Assert.Equal(new InboxItem("applications", 2, "staff/volunteers?status=Applicant"), Line(items, "applications"));
        Assert.Equal(new InboxItem("applications-in-review", 0, "staff/volunteers?status=InReview"), Line(items, "applications-in-review"));
        Assert.Equal(new InboxItem("hours", 0, "staff/volunteers/hours"), Line(items, "hours"));
    }
}
