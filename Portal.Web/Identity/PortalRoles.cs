namespace Portal.Web.Identity;

public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string Reviewer = "Reviewer";
    public const string Publisher = "Publisher";
    public const string Officer = "Officer";
    public const string Supervisor = "Supervisor";
    public const string ProvincialOffice = "ProvincialOffice";
    public const string VolunteerCoordinator = "VolunteerCoordinator";
    public const string Volunteer = "Volunteer";

    /// <summary>Roles that reach the staff area; each must enrol an authenticator first.</summary>
    public static readonly IReadOnlyList<string> Staff =
        [Administrator, Editor, Reviewer, Publisher, Officer, Supervisor, ProvincialOffice, VolunteerCoordinator];

    public static readonly IReadOnlyList<string> All = [.. Staff, Volunteer];
}
