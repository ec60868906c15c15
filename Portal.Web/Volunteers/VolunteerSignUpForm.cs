using Portal.Tips.Volunteers.SignUp;

namespace Portal.Web.Volunteers;

/// <summary>The sign-up form's fields as posted; every value is rendered back when the form is refused.</summary>
public sealed class VolunteerSignUpForm
{
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
