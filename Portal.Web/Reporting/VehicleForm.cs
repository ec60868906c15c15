using Portal.Tips.Reporting;

namespace Portal.Web.Reporting;

/// <summary>One vehicle block of the report form, as typed.</summary>
public sealed class VehicleForm
{
    public string? Type { get; set; }

    public string? Plate { get; set; }

    public string? Colour { get; set; }

    public string? MakeModel { get; set; }

    public string? Direction { get; set; }

    public string? Description { get; set; }

    public bool IsFilled =>
        new[] { Type, Plate, Colour, MakeModel, Direction, Description }.Any(value => !string.IsNullOrWhiteSpace(value));

    public VehicleSubmission ToSubmission() => new()
    {
        Type = Type,
        Plate = Plate,
        Colour = Colour,
        MakeModel = MakeModel,
        Direction = Direction,
        Description = Description,
    };
}
