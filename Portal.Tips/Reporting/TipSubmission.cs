namespace Portal.Tips.Reporting;

/// <summary>What the report form posts, as typed. <see cref="TipIntake"/> validates and cleans it.</summary>
public sealed record TipSubmission
{
    public string? IdempotencyKey { get; init; }

    public string? Category { get; init; }

    public string? WhatHappened { get; init; }

    /// <summary>A county or prefecture key from <c>GansuDivisions</c>, <see cref="OutsideGansu"/>, or empty.</summary>
    public string? PlaceKey { get; init; }

    public string? PlaceDetail { get; init; }

    public string? OtherProvince { get; init; }

    public string? WhenText { get; init; }

    /// <summary>yyyy-MM-dd as a date input sends it.</summary>
    public string? WhenDate { get; init; }

    public bool HappeningNow { get; init; }

    public bool ChildJustMissing { get; init; }

    /// <summary>Up to <see cref="InvolvedParties.MaxPeople"/> people; empty blocks are ignored.</summary>
    public IReadOnlyList<PersonSubmission> People { get; init; } = [];

    /// <summary>Up to <see cref="InvolvedParties.MaxVehicles"/> vehicles; empty blocks are ignored.</summary>
    public IReadOnlyList<VehicleSubmission> Vehicles { get; init; } = [];

    public string? OnlineLinks { get; init; }

    public ReporterMode Mode { get; init; }

    public string? Name { get; init; }

    public string? Phone { get; init; }

    public string? Institution { get; init; }

    public string? Role { get; init; }

    public bool ProofOfWorkPassed { get; init; }

    /// <summary>
    /// A signed-in volunteer's field lead (set only by <c>Volunteers.Leads.FieldLeads</c>, never from the public
    /// form): stored with <see cref="TipSource.Volunteer"/>, the volunteer's identity as the named contact.
    /// </summary>
    public bool FromVolunteer { get; init; }

    /// <summary>With <see cref="FromVolunteer"/>: the keyed hash that lets the volunteer find the lead again.</summary>
    internal byte[]? FieldLeadOf { get; init; }

    /// <summary>
    /// Files came with this form (see <c>AttachmentStaging</c>): the tip takes over their staging set. Only then
    /// does the intake look for one, which keeps a plain submission at a single round trip.
    /// </summary>
    public bool WithStagedAttachments { get; init; }

    public const string OutsideGansu = "outside-gansu";
}

/// <summary>One person block of the form, as typed; choices are the names of <see cref="PersonRole"/>, <see cref="PersonSex"/> and <see cref="AgeBand"/>.</summary>
public sealed record PersonSubmission
{
    public string? Role { get; init; }

    public string? Sex { get; init; }

    public string? Age { get; init; }

    public string? AgeBand { get; init; }

    /// <summary>Centimetres.</summary>
    public string? Height { get; init; }

    public string? Description { get; init; }

    public string? Name { get; init; }

    public string? Language { get; init; }
}

/// <summary>One vehicle block of the form, as typed; the type is a name of <see cref="VehicleType"/>.</summary>
public sealed record VehicleSubmission
{
    public string? Type { get; init; }

    public string? Plate { get; init; }

    public string? Colour { get; init; }

    public string? MakeModel { get; init; }

    public string? Direction { get; init; }

    public string? Description { get; init; }
}

/// <summary>
/// The outcome of a report: the new tip's id (when accepted), whether it counts as urgent or repeats one just
/// received, and how many characters cleaning removed; or the problems, one per field, as codes.
/// </summary>
public sealed class TipSubmissionResult : Outcome<Guid>
{
    private TipSubmissionResult(Guid tipId, bool urgent, Receipt? receipt, bool repeated, int removedCharacters)
        : base(tipId, Failure.None, []) => (Urgent, Receipt, Repeated, RemovedCharacters) = (urgent, receipt, repeated, removedCharacters);

    private TipSubmissionResult(IReadOnlyList<Problem> errors, int removedCharacters)
        : base(default, Failure.Invalid, errors) => RemovedCharacters = removedCharacters;

    public bool Accepted => Succeeded;

    public Guid? TipId => Succeeded ? Value : null;

    public bool Urgent { get; }

    /// <summary>
    /// What the reporter writes down; the portal keeps only its hashes. Null for a repeated submit after the
    /// receipt page's window.
    /// </summary>
    public Receipt? Receipt { get; }

    /// <summary>The same reporter sent the same report moments ago; this is that tip.</summary>
    public bool Repeated { get; }

    public int RemovedCharacters { get; }

    internal static TipSubmissionResult Received(Guid tipId, bool urgent, Receipt? receipt, bool repeated, int removedCharacters) =>
        new(tipId, urgent, receipt, repeated, removedCharacters);

    internal static TipSubmissionResult Refused(IReadOnlyList<Problem> errors, int removedCharacters) => new(errors, removedCharacters);
}
