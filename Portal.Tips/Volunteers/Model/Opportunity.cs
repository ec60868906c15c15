namespace Portal.Tips.Volunteers.Model;

internal sealed class Opportunity
{
    public Guid Id { get; set; }

    public OpportunityKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string PrefectureKey { get; set; } = "";

    public string? CountyKey { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public List<Shift> Shifts { get; } = [];
}

internal sealed class Shift
{
    public Guid Id { get; set; }

    public Guid OpportunityId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public string Place { get; set; } = "";

    public int Capacity { get; set; }

    /// <summary>Confirmed sign-ups; kept with the shift so the capacity check and the update are one row.</summary>
    public int Confirmed { get; set; }

    /// <summary>Skill keys the volunteer must have, comma-separated.</summary>
    public string RequiredSkills { get; set; } = "";

    /// <summary>Qualification kinds that must be valid on the day of the shift, comma-separated.</summary>
    public string RequiredQualifications { get; set; } = "";

    /// <summary>Changes with every sign-up or cancellation: concurrent changes to one shift are serialised.</summary>
    public Guid Version { get; set; }

    public IReadOnlyList<string> RequiredSkillList => RequiredSkills.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> RequiredQualificationList => RequiredQualifications.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class ShiftSignup
{
    public long Id { get; set; }

    public Guid ShiftId { get; set; }

    public Guid VolunteerId { get; set; }

    public SignupState State { get; set; }

    /// <summary>When the volunteer (last) signed up: the waitlist moves up in this order.</summary>
    public DateTimeOffset SignedUpAt { get; set; }
}

/// <summary>Hours a volunteer logged for a shift. Once approved, the row is never changed again.</summary>
internal sealed class HoursEntry
{
    public long Id { get; set; }

    public Guid ShiftId { get; set; }

    public Guid VolunteerId { get; set; }

    public int Minutes { get; set; }

    public string? Note { get; set; }

    public HoursState State { get; set; }

    public DateTimeOffset LoggedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Copied at logging so region totals survive the volunteer's erasure and later moves.</summary>
    public string PrefectureKey { get; set; } = "";

    public string? Team { get; set; }
}

/// <summary>The coordinator's rating (1–5) and feedback for one volunteer on one shift.</summary>
internal sealed class ShiftEvaluation
{
    public long Id { get; set; }

    public Guid ShiftId { get; set; }

    public Guid VolunteerId { get; set; }

    public int Rating { get; set; }

    public string? Feedback { get; set; }

    public string EvaluatedBy { get; set; } = "";

    public DateTimeOffset EvaluatedAt { get; set; }
}
