using Portal.Tips.Volunteers.SignUp;

namespace Portal.Web.Volunteers;

/// <summary>The sign-up form's fields as posted; every value is rendered back when the form is refused.</summary>
public sealed class VolunteerSignUpForm
{
    /// <summary>The element id of each field on the sign-up page, where the error summary links to.</summary>
    private static readonly Dictionary<string, string> FieldIds = new(StringComparer.Ordinal)
    {
        [nameof(Name)] = "name",
        [nameof(Phone)] = "phone",
        [nameof(Email)] = "email",
        [nameof(DateOfBirth)] = "birth",
        [nameof(IdNumber)] = "id-number",
        [nameof(GuardianConsent)] = "guardian-consent",
        [nameof(GuardianName)] = "guardian-name",
        [nameof(GuardianPhone)] = "guardian-phone",
        [nameof(PlaceKey)] = "place",
        [nameof(Organisation)] = "organisation",
        ["Skills"] = "skill-" + Portal.Tips.Volunteers.VolunteerSkills.All[0],
        [nameof(Availability)] = "availability",
        [nameof(Motivation)] = "motivation",
        [nameof(ConsentPrivacy)] = "consent-privacy",
        [nameof(ConsentBackgroundCheck)] = "consent-background",
    };

    /// <summary>The id of the field a service problem names, or null for the form as a whole.</summary>
    public static string? FieldId(string? field) => field is not null && FieldIds.TryGetValue(field, out var id) ? id : null;

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? DateOfBirth { get; set; }

    public string? IdNumber { get; set; }

    public bool GuardianConsent { get; set; }

    public string? GuardianName { get; set; }

    public string? GuardianPhone { get; set; }

    public string? PlaceKey { get; set; }

    public string? Organisation { get; set; }

    public string? Availability { get; set; }

    public string? Motivation { get; set; }

    public bool ConsentPrivacy { get; set; }

    public bool ConsentBackgroundCheck { get; set; }

    public VolunteerApplication ToApplication(IReadOnlyCollection<string> skills) => new()
    {
        Name = Name,
        Phone = Phone,
        Email = Email,
        DateOfBirth = DateOfBirth,
        IdNumber = IdNumber,
        GuardianConsent = GuardianConsent,
        GuardianName = GuardianName,
        GuardianPhone = GuardianPhone,
        PlaceKey = PlaceKey,
        Organisation = Organisation,
        Skills = skills,
        Availability = Availability,
        Motivation = Motivation,
        ConsentPrivacy = ConsentPrivacy,
        ConsentBackgroundCheck = ConsentBackgroundCheck,
    };
}
