namespace Portal.Tips.Volunteers.Model;

/// <summary>
/// An application and, once accepted, the volunteer's profile. The ID-card number is only stored encrypted under
/// the record's own data key, with a keyed hash to catch a second sign-up. Erasing a volunteer clears every
/// personal field but keeps the row, so approved hours still count in team and region totals.
/// </summary>
internal sealed class Volunteer
{
    public Guid Id { get; set; }

    /// <summary>The applicant's reference (e.g. <c>V7K3M9Q2X</c>), random, shown once at sign-up for the status page.</summary>
    public string Reference { get; set; } = "";

    public VolunteerStatus Status { get; set; }

    public RejectionReason? RejectionReason { get; set; }

    public string? Name { get; set; }

    /// <summary>Digits only (and a leading +); unique among volunteers not erased.</summary>
    public string? Phone { get; set; }

    public string? Email { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Set for an applicant under 18: a guardian's consent was recorded with the application.</summary>
    public bool GuardianConsent { get; set; }

    public string? GuardianName { get; set; }

    public string? GuardianPhone { get; set; }

    public string PrefectureKey { get; set; } = "";

    public string? CountyKey { get; set; }

    public string? Organisation { get; set; }

    /// <summary>Keys of <see cref="VolunteerSkills"/>, comma-separated.</summary>
    public string Skills { get; set; } = "";

    public string? Availability { get; set; }

    public string? Motivation { get; set; }

    public DateTimeOffset? ConsentedAt { get; set; }

    public byte[]? WrappedDataKey { get; set; }

    public byte[]? EncryptedIdNumber { get; set; }

    public byte[]? IdNumberHash { get; set; }

    /// <summary>The team the coordinator placed the volunteer in (hours are totalled per team).</summary>
    public string? Team { get; set; }

    /// <summary>The identity account given on acceptance.</summary>
    public string? UserId { get; set; }

    /// <summary>The invitation link for the coordinator to pass on, until the account is set up.</summary>
    public string? InvitationPath { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? DeletionRequestedAt { get; set; }

    public DateTimeOffset? ErasedAt { get; set; }

    /// <summary>Changes with every write, so two coordinators deciding at once cannot both win.</summary>
    public Guid Version { get; set; }

    public IReadOnlyList<string> SkillList => Skills.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class VolunteerNote
{
    public long Id { get; set; }

    public Guid VolunteerId { get; set; }

    public string AuthorUserId { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTimeOffset WrittenAt { get; set; }
}

/// <summary>A certificate or training with an optional expiry date (e.g. first aid, child-safeguarding training).</summary>
internal sealed class Qualification
{
    public long Id { get; set; }

    public Guid VolunteerId { get; set; }

    /// <summary>A key of <see cref="VolunteerQualifications"/>.</summary>
    public string Kind { get; set; } = "";

    public DateOnly? ExpiresOn { get; set; }

    public string RecordedBy { get; set; } = "";
}

/// <summary>Which regions (a prefecture, a county or the whole province) a coordinator decides for.</summary>
internal sealed class CoordinatorRegion
{
    public string UserId { get; set; } = "";

    public string RegionKey { get; set; } = "";
}
