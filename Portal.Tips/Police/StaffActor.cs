namespace Portal.Tips.Police;

/// <summary>
/// Who is acting on a tip, as the web host established it (signed in with two factors). The module decides
/// what they may do from this and from their jurisdiction grants, never from what a page chose to show.
/// </summary>
/// <param name="UserId">The identity user id; written into every audit entry.</param>
/// <param name="IsOfficer">Works tips of the granted jurisdictions.</param>
/// <param name="IsSupervisor">Also approves rewards, reads audits, downloads original evidence, gets escalations.</param>
public sealed record StaffActor(string UserId, bool IsOfficer, bool IsSupervisor)
{
    public bool WorksTips => IsOfficer || IsSupervisor;
}
