using Portal.Tips.Reporting;

namespace Portal.Web.Reporting;

/// <summary>One person block of the report form, as typed (numbers too, so a wrong one is shown again as it was).</summary>
public sealed class PersonForm
{
    public string? Role { get; set; }

    public string? Sex { get; set; }

    public string? Age { get; set; }

    public string? AgeBand { get; set; }

    public string? Height { get; set; }

    public string? Description { get; set; }

    public string? Name { get; set; }

    public string? Language { get; set; }

    /// <summary>Anything typed or chosen: such a block stays open when the form is shown again.</summary>
    public bool IsFilled =>
        new[] { Role, Sex, Age, AgeBand, Height, Description, Name, Language }.Any(value => !string.IsNullOrWhiteSpace(value));

    public PersonSubmission ToSubmission() => new()
    {
        Role = Role,
        Sex = Sex,
        Age = Age,
        AgeBand = AgeBand,
        Height = Height,
        Description = Description,
        Name = Name,
        Language = Language,
    };
}
