namespace Portal.Content.Common;

/// <summary>
/// The content roles. Their names are Identity role names (Portal.Web's PortalRoles); a role counts only in the
/// departments granted to the user for it.
/// </summary>
public enum ContentRole
{
    Editor,
    Reviewer,
    Publisher,
}
