using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers.Vetting;

/// <summary>The vetting state machine: which status may follow which.</summary>
public static class VettingRules
{
    private static readonly Dictionary<VolunteerStatus, VolunteerStatus[]> Next = new()
    {
        [VolunteerStatus.Applicant] = [VolunteerStatus.InReview, VolunteerStatus.Rejected],
        [VolunteerStatus.InReview] = [VolunteerStatus.Accepted, VolunteerStatus.Rejected],
        [VolunteerStatus.Accepted] = [VolunteerStatus.Active, VolunteerStatus.Archived],
        [VolunteerStatus.Rejected] = [VolunteerStatus.Archived],
        [VolunteerStatus.Active] = [VolunteerStatus.Inactive, VolunteerStatus.Archived],
        [VolunteerStatus.Inactive] = [VolunteerStatus.Active, VolunteerStatus.Archived],
        [VolunteerStatus.Archived] = [],
    };

    public static bool CanMove(VolunteerStatus from, VolunteerStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<VolunteerStatus> NextOf(VolunteerStatus from) => Next[from];
}
