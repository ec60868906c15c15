namespace Portal.Tips.Volunteers.SignUp;

/// <summary>What the public sign-up form posts, as typed. <see cref="VolunteerSignUp"/> validates it.</summary>
public sealed record VolunteerApplication
{
    public string? Name { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>yyyy-MM-dd as a date input sends it.</summary>
    public string? DateOfBirth { get; init; }

    public bool GuardianConsent { get; init; }

    public string? GuardianName { get; init; }

    public string? GuardianPhone { get; init; }

    /// <summary>A prefecture key, or a county key (its prefecture is taken from the divisions list).</summary>
    public string? PlaceKey { get; init; }

    public string? Organisation { get; init; }

    public IReadOnlyCollection<string> Skills { get; init; } = [];

    public string? Availability { get; init; }

    public string? Motivation { get; init; }

    public string? IdNumber { get; init; }

    public bool ConsentPrivacy { get; init; }

    public bool ConsentBackgroundCheck { get; init; }
}

public sealed record SignUpReceipt(Guid VolunteerId, string Reference);
