using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Content.Common;
using Portal.Web.Identity;

namespace Portal.Web.Content;

/// <summary>
/// Who reaches the content manager. The pages only let people in; what each may do, and in which departments, the
/// content services decide from the department grants (docs/content.md).
/// </summary>
public static class ContentPolicies
{
    /// <summary>Editors, reviewers and publishers: the content list, the editor, the preview.</summary>
    public const string ContentStaff = "ContentStaff";

    /// <summary>Reviewers: the review queue.</summary>
    public const string ContentReview = "ContentReview";

    /// <summary>
    /// The audit view: security and audit administrators (who see every event) and editors, reviewers and publishers (who see the events of
    /// the departments where they hold a content role; <c>ContentAuditLog.QueryAsync</c> decides that).
    /// </summary>
    public const string ContentAudit = "ContentAudit";

    public static IServiceCollection AddContentPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(ContentStaff, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher)
                .AddRequirements(new StaffSignInRequirement()))
            .AddPolicy(ContentAudit, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(PortalRoles.SecurityAdministrator, PortalRoles.AuditAdministrator, PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher)
                .AddRequirements(new StaffSignInRequirement()))
            .AddPolicy(ContentReview, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(PortalRoles.Reviewer)
                .AddRequirements(new StaffSignInRequirement()));
        return services;
    }

    /// <summary>
    /// The signed-in person as the content services see them (<see cref="ContentActors.ToContentActor"/>). The pages
    /// behind these policies admit only people signed in with a second factor, so nobody there is a programming error.
    /// </summary>
    public static ContentActor ContentActor(this ClaimsPrincipal user) =>
        user.ToContentActor() ?? throw new InvalidOperationException("The content pages admit only staff signed in with a second factor.");
}
