using System.Security.Claims;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Workflow;
using Portal.Tips.Police;
using Portal.Tips.Rewards;
using Portal.Tips.Volunteers.Hours;
using Portal.Tips.Volunteers.Model;
using Portal.Tips.Volunteers.Vetting;
using Portal.Web.Content;
using Portal.Web.Identity;
using Portal.Web.Police;

namespace Portal.Web.Inbox;

/// <summary>One kind of waiting work: how many, and the list filtered to exactly those.</summary>
/// <param name="Key">Names the line (resource <c>Inbox_{Key}</c>).</param>
public sealed record InboxItem(string Key, int Count, string Href);

/// <summary>
/// The 工作台's task inbox: for each of the person's roles, what waits for them, counted by the modules' own list
/// services with the person as actor, so each count covers exactly what that person may open (an officer's tips of
/// their jurisdictions, a reviewer's departments, a coordinator's regions) and equals the list its link opens.
/// </summary>
public sealed class StaffInbox(ContentCatalog catalog, TipQueue queue, RewardWorkflow rewards, VolunteerVetting vetting, VolunteerHours hours)
{
    public async Task<IReadOnlyList<InboxItem>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var items = new List<InboxItem>();
        if (user.ToContentActor() is { } content)
        {
            if (user.IsInRole(PortalRoles.Reviewer))
            {
                items.Add(new("review", await CountAsync(content, new() { State = VersionState.InReview, WithRole = ContentRole.Reviewer }, cancellationToken), "staff/content/review"));
            }

            if (user.IsInRole(PortalRoles.Publisher))
            {
                items.Add(new("to-publish", await CountAsync(content, new() { State = VersionState.Approved, WithRole = ContentRole.Publisher }, cancellationToken), "staff/content?state=Approved"));
                items.Add(new("scheduled", await CountAsync(content, new() { ScheduledOnly = true, WithRole = ContentRole.Publisher }, cancellationToken), "staff/content?scheduled=true"));
            }
        }

        if (user.ToStaffActor() is { WorksTips: true } police)
        {
            items.Add(new("unread-tips", (await queue.PageAsync(police, new() { UnreadOnly = true, PageSize = 1 }, cancellationToken)).Total, "staff/tips?unread=true"));
            items.Add(new("overdue-tips", (await queue.PageAsync(police, new() { OverdueOnly = true, PageSize = 1 }, cancellationToken)).Total, "staff/tips?overdue=true"));
            if (police.IsSupervisor)
            {
                var proposed = await rewards.ListAsync(police, RewardStatus.Proposed, 1000, cancellationToken);
                items.Add(new("rewards-to-approve", proposed.Count(r => r.ProposedBy != police.UserId), "staff/rewards?tab=proposed"));
                var approved = await rewards.ListAsync(police, RewardStatus.Approved, 1000, cancellationToken);
                items.Add(new("rewards-to-pay", approved.Count(r => r.Method == RewardPayoutMethod.BankTransfer && r.ProposedBy != police.UserId), "staff/rewards?tab=approved"));
            }
        }

        if (user.IsInRole(PortalRoles.VolunteerCoordinator) && user.VerifiedStaffUserId() is { } coordinator)
        {
            items.Add(new("applications", (await vetting.ListAsync(coordinator, VolunteerStatus.Applicant, cancellationToken)).Count, "staff/volunteers?status=Applicant"));
            items.Add(new("applications-in-review", (await vetting.ListAsync(coordinator, VolunteerStatus.InReview, cancellationToken)).Count, "staff/volunteers?status=InReview"));
            items.Add(new("hours", (await hours.PendingAsync(coordinator, cancellationToken)).Count, "staff/volunteers/hours"));
        }

        return items;
    }

    private async Task<int> CountAsync(ContentActor actor, ContentListQuery query, CancellationToken cancellationToken) =>
        (await catalog.ListAsync(actor, query with { PageSize = 1 }, cancellationToken)).TotalCount;
}
