namespace Portal.Web.Identity;

public static class PortalRoles
{
    /// <summary>系统管理员: accounts (invite, lock, unlock, ask for an authenticator reset); no roles, no grants.</summary>
    public const string SystemAdministrator = "SystemAdministrator";

    /// <summary>安全管理员: roles, jurisdiction and department grants, approvals, content administration.</summary>
    public const string SecurityAdministrator = "SecurityAdministrator";

    /// <summary>审计管理员: reads the audit trails and changes nothing.</summary>
    public const string AuditAdministrator = "AuditAdministrator";

    public const string Editor = "Editor";
    public const string Reviewer = "Reviewer";
    public const string Publisher = "Publisher";
    public const string Officer = "Officer";
    public const string Supervisor = "Supervisor";
    public const string ProvincialOffice = "ProvincialOffice";
    public const string VolunteerCoordinator = "VolunteerCoordinator";
    public const string Volunteer = "Volunteer";

    /// <summary>The three administrators (三权分立): an account holds at most one of them and no police role beside it.</summary>
    public static readonly IReadOnlyList<string> Administrators = [SystemAdministrator, SecurityAdministrator, AuditAdministrator];

    /// <summary>The roles that read tips; granting one takes a second security administrator's approval.</summary>
    public static readonly IReadOnlyList<string> Police = [Officer, Supervisor];

    /// <summary>Roles that reach the staff area; each must enrol an authenticator first.</summary>
    public static readonly IReadOnlyList<string> Staff =
        [.. Administrators, Editor, Reviewer, Publisher, Officer, Supervisor, ProvincialOffice, VolunteerCoordinator];

    public static readonly IReadOnlyList<string> All = [.. Staff, Volunteer];
}
