namespace Portal.Content.Common;

/// <summary>
/// Who asks. The host builds it from the signed-in user (identity id, the content roles among their Identity roles,
/// whether they are an administrator); services then check the department grants themselves. System actors are not
/// people: the scheduler acts on what a publisher scheduled; the seed author and seed approver write and publish the
/// content a new installation starts with.
/// </summary>
public sealed record ContentActor
{
    public const string SchedulerId = "system:scheduler";

    /// <summary>Writes and submits the content a new installation starts with (<see cref="Seed.ContentSeeder"/>).</summary>
    public const string SeedAuthorId = "system:seed-author";

    /// <summary>Approves and publishes the seed content: a second system actor, so four eyes holds for seeding too.</summary>
    public const string SeedApproverId = "system:seed-approver";

    private ContentActor(string userId, IReadOnlySet<ContentRole> roles, bool isAdministrator, bool isSystem, bool isAuditor = false)
    {
        UserId = userId;
        Roles = roles;
        IsAdministrator = isAdministrator;
        IsSystem = isSystem;
        IsAuditor = isAuditor;
    }

    public string UserId { get; }

    /// <summary>The content roles the person holds as Identity roles; each applies only in granted departments.</summary>
    public IReadOnlySet<ContentRole> Roles { get; }

    /// <summary>May manage departments and grants (the Identity SecurityAdministrator role).</summary>
    public bool IsAdministrator { get; }

    /// <summary>Reads every department's audit events and changes nothing (the Identity AuditAdministrator role).</summary>
    public bool IsAuditor { get; }

    /// <summary>Whether the whole audit trail is visible, not only the events of the actor's departments.</summary>
    public bool SeesAllAudit => IsAdministrator || IsAuditor;

    public bool IsSystem { get; }

    public static ContentActor Scheduler { get; } = new(SchedulerId, new HashSet<ContentRole>(), isAdministrator: false, isSystem: true);

    public static ContentActor SeedAuthor { get; } = new(SeedAuthorId, new HashSet<ContentRole>(), isAdministrator: false, isSystem: true);

    public static ContentActor SeedApprover { get; } = new(SeedApproverId, new HashSet<ContentRole>(), isAdministrator: false, isSystem: true);

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
        var person = Person(userId, names.Contains("SecurityAdministrator"), roles);
        return names.Contains("AuditAdministrator") ? new ContentActor(person.UserId, person.Roles, person.IsAdministrator, isSystem: false, isAuditor: true) : person;
    }
}
