using Portal.Tips.Police;
using Portal.Storage.Regions;

namespace Portal.Web.Identity;

/// <summary>
/// Separation of duties (三权分立): no account holds a police role and an administrator role, nor two administrator
/// roles; and which changes take a second security administrator (police and administrator roles, prefecture- and
/// province-wide jurisdictions).
/// </summary>
public static class RoleRules
{
    public const string PoliceAndAdministrator = "police-and-administrator";
    public const string TwoAdministratorRoles = "two-administrator-roles";

    /// <summary>The error code of a role set that breaks separation of duties, or null.</summary>
    public static string? Conflict(IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var administrators = roles.Count(PortalRoles.Administrators.Contains);
        if (administrators > 0 && roles.Any(PortalRoles.Police.Contains))
        {
            return PoliceAndAdministrator;
        }

        return administrators > 1 ? TwoAdministratorRoles : null;
    }

    /// <summary>Whether adding these roles takes a second security administrator's approval.</summary>
    public static bool NeedsApproval(IEnumerable<string> addedRoles) =>
        addedRoles.Any(role => PortalRoles.Police.Contains(role) || PortalRoles.Administrators.Contains(role));

    /// <summary>A grant of the whole province or a whole prefecture (with its counties) takes a second approval.</summary>
    public static bool IsWideJurisdiction(string key) =>
        key == Jurisdictions.Province || GansuDivisions.Instance.Find(key)?.Level == DivisionLevel.Prefecture;
}
