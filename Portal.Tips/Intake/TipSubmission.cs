namespace Portal.Tips.Intake;

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

    public string? People { get; init; }

    public string? Vehicles { get; init; }

    public string? OnlineLinks { get; init; }

    public ReporterMode Mode { get; init; }

    public string? Name { get; init; }

    public string? Phone { get; init; }

    public string? Institution { get; init; }

    public string? Role { get; init; }

    public bool ProofOfWorkPassed { get; init; }

    /// <summary>
    /// Files came with this form (see <c>AttachmentStaging</c>): the tip takes over their staging set. Only then
    /// does the intake look for one, which keeps a plain submission at a single round trip.
    /// </summary>
    public bool WithStagedAttachments { get; init; }

    public const string OutsideGansu = "outside-gansu";
}

/// <summary>A problem with one field, as a code the page turns into a sentence in the reader's language.</summary>
public sealed record TipInputError(string Field, string Code);

public sealed record TipSubmissionResult(Guid? TipId, bool Urgent, bool Repeated, int RemovedCharacters, IReadOnlyList<TipInputError> Errors)
{
    public bool Accepted => TipId is not null;
}
