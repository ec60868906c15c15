using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Portal.Web.Identity;

/// <summary>Every staff page and endpoint names one of these policies explicitly.</summary>
public static class PortalPolicies
{
    /// <summary>Any staff role, signed in with a second factor, no one-time password pending.</summary>
    public const string Staff = "Staff";

    /// <summary>System and security administrators: the users page (each sees only the actions of their own role there).</summary>
    public const string AccountAdministration = "AccountAdministration";

    /// <summary>Security administrators: roles, grants, approvals, coordinator regions, taxonomy and departments.</summary>
    public const string SecurityAdministration = "SecurityAdministration";

    /// <summary>Audit administrators: the read-only audit trail page.</summary>
    public const string AuditReading = "AuditReading";

    /// <summary>Officers and supervisors: the tip queue and working a tip (jurisdictions are checked by the service).</summary>
    public const string Police = "Police";

    /// <summary>Supervisors: original evidence, audit trails, escalations.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Editors: uploading to the media library (departments are checked by the service).</summary>
    public const string ContentEditing = "ContentEditing";

    /// <summary>Editors, reviewers, publishers and security administrators (who run the content's departments): the content staff's files (departments are checked by the service).</summary>
    public const string ContentFiles = "ContentFiles";

    /// <summary>The provincial office and supervisors: oversight figures and reports (regions are checked by the service).</summary>
    public const string Oversight = "Oversight";

    public static void AddPortalPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(Staff, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.Staff)
            .AddRequirements(new StaffSignInRequirement()));
        options.AddPolicy(AccountAdministration, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.SystemAdministrator, PortalRoles.SecurityAdministrator)
            .AddRequirements(new StaffSignInRequirement()));
        options.AddPolicy(SecurityAdministration, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.SecurityAdministrator)
            .AddRequirements(new StaffSignInRequirement()));
        options.AddPolicy(AuditReading, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.AuditAdministrator)
            .AddRequirements(new StaffSignInRequirement()));
        options.AddPolicy(Police, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.Officer, PortalRoles.Supervisor)
            .AddRequirements(new StaffSignInRequirement()));
        options.AddPolicy(ContentEditing, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.Editor)
            .AddRequirements(new StaffSignInRequirement()));
        options.AddPolicy(ContentFiles, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher, PortalRoles.SecurityAdministrator)
            .AddRequirements(new StaffSignInRequirement()));
        options.AddPolicy(Oversight, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.ProvincialOffice, PortalRoles.Supervisor)
            .AddRequirements(new StaffSignInRequirement()));
        options.AddPolicy(Supervisor, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(PortalRoles.Supervisor)
            .AddRequirements(new StaffSignInRequirement()));
    }

    public static bool SignedInWithSecondFactor(this ClaimsPrincipal user) =>
        user.HasClaim(PortalClaims.AuthenticationMethod, PortalClaims.MultiFactor);

    public static bool MustChangePassword(this ClaimsPrincipal user) =>
        user.HasClaim(claim => claim.Type == PortalClaims.MustChangePassword);

    /// <summary>
    /// The user id of someone signed in with a second factor who need not change their password first, else null: the
    /// gate every module's actor mapping (tips, content, oversight) puts before the roles.
    /// </summary>
    public static string? VerifiedStaffUserId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true && user.SignedInWithSecondFactor() && !user.MustChangePassword()
            && user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } userId
            ? userId
            : null;
    }

    public static bool IsStaff(this ClaimsPrincipal user) =>
        PortalRoles.Staff.Any(user.IsInRole);
}
