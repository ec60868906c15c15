namespace Portal.Content.Common;

/// <summary>
/// Who asks. The host builds it from the signed-in user (identity id, the content roles among their Identity roles,
/// whether they are an administrator); services then check the department grants themselves. The scheduler is the
/// one actor that is not a person: it acts on what a publisher scheduled.
/// </summary>
public sealed record ContentActor
{
    public const string SchedulerId = "system:scheduler";

    private ContentActor(string userId, IReadOnlySet<ContentRole> roles, bool isAdministrator, bool isSystem)
    {
        UserId = userId;
        Roles = roles;
        IsAdministrator = isAdministrator;
        IsSystem = isSystem;
    }

    public string UserId { get; }

    /// <summary>The content roles the person holds as Identity roles; each applies only in granted departments.</summary>
    public IReadOnlySet<ContentRole> Roles { get; }

    /// <summary>May manage departments and grants (the Identity Administrator role).</summary>
    public bool IsAdministrator { get; }

    public bool IsSystem { get; }

    public static ContentActor Scheduler { get; } = new(SchedulerId, new HashSet<ContentRole>(), isAdministrator: false, isSystem: true);

    public static ContentActor Person(string userId, params IEnumerable<ContentRole> roles) => Person(userId, isAdministrator: false, roles);

    public static ContentActor Person(string userId, bool isAdministrator, params IEnumerable<ContentRole> roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (userId.StartsWith("system:", StringComparison.Ordinal))
        {
            throw new ArgumentException("A person's id cannot use the system prefix.", nameof(userId));
        }

        return new ContentActor(userId, roles.ToHashSet(), isAdministrator, isSystem: false);
    }

    /// <summary>Maps Identity role names (Portal.Web's PortalRoles) to content roles; other roles are ignored.</summary>
    public static ContentActor FromRoleNames(string userId, IEnumerable<string> roleNames)
    {
        var names = roleNames.ToHashSet(StringComparer.Ordinal);
        var roles = Enum.GetValues<ContentRole>().Where(role => names.Contains(role.ToString()));
        return Person(userId, names.Contains("Administrator"), roles);
    }
}
