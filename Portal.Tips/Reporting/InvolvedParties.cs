using System.Globalization;

namespace Portal.Tips.Reporting;

/// <summary>
/// Turns the form's optional person and vehicle blocks into <see cref="InvolvedPerson"/> and
/// <see cref="InvolvedVehicle"/>: text is cleaned like every other field (<see cref="TipTextRules"/>), numbers
/// and choices are checked, and a block left empty is dropped. Errors name the block and the part, e.g.
/// <c>People[1].Age</c>.
/// </summary>
public static class InvolvedParties
{
    public const int MaxPeople = 3;
    public const int MaxVehicles = 2;

    public const int MaxAge = 120;
    public const int MinHeightCm = 30;
    public const int MaxHeightCm = 250;

    /// <summary>Names, languages, colours, makes: a few words.</summary>
    public const int MaxShortLength = 100;

    public const int MaxDirectionLength = 200;

    /// <summary>Descriptions of clothing, features, damage.</summary>
    public const int MaxDescriptionLength = 1_000;

    public const int MaxPlateLength = 20;

    public static string PersonField(int index, string part) =>
        string.Create(CultureInfo.InvariantCulture, $"{nameof(TipSubmission.People)}[{index}].{part}");

    public static string VehicleField(int index, string part) =>
        string.Create(CultureInfo.InvariantCulture, $"{nameof(TipSubmission.Vehicles)}[{index}].{part}");

    internal static List<InvolvedPerson> ReadPeople(IReadOnlyList<PersonSubmission> blocks, Func<string?, string?> clean, List<Problem> errors)
    {
        var people = new List<InvolvedPerson>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var field = (string part) => PersonField(i, part);
            var person = new InvolvedPerson(
                Choice<PersonRole>(block.Role, field(nameof(block.Role)), errors),
                Choice<PersonSex>(block.Sex, field(nameof(block.Sex)), errors),
                Number(clean(block.Age), 0, MaxAge, field(nameof(block.Age)), "invalid-age", errors),
                Choice<AgeBand>(block.AgeBand, field(nameof(block.AgeBand)), errors),
                Number(clean(block.Height), MinHeightCm, MaxHeightCm, field(nameof(block.Height)), "invalid-height", errors),
                Text(clean(block.Description), MaxDescriptionLength, field(nameof(block.Description)), errors),
                Text(clean(block.Name), MaxShortLength, field(nameof(block.Name)), errors),
                Text(clean(block.Language), MaxShortLength, field(nameof(block.Language)), errors));
            if (person != new InvolvedPerson())
            {
                people.Add(person);
            }
        }

        if (people.Count > MaxPeople)
        {
            errors.Add(Problem.Error("too-many", nameof(TipSubmission.People)));
        }

        return people;
    }

    internal static List<InvolvedVehicle> ReadVehicles(IReadOnlyList<VehicleSubmission> blocks, Func<string?, string?> clean, List<Problem> errors)
    {
        var vehicles = new List<InvolvedVehicle>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var field = (string part) => VehicleField(i, part);
            var vehicle = new InvolvedVehicle(
                Choice<VehicleType>(block.Type, field(nameof(block.Type)), errors),
                Plate(clean(block.Plate), field(nameof(block.Plate)), errors),
                Text(clean(block.Colour), MaxShortLength, field(nameof(block.Colour)), errors),
                Text(clean(block.MakeModel), MaxShortLength, field(nameof(block.MakeModel)), errors),
                Text(clean(block.Direction), MaxDirectionLength, field(nameof(block.Direction)), errors),
                Text(clean(block.Description), MaxDescriptionLength, field(nameof(block.Description)), errors));
            if (vehicle != new InvolvedVehicle())
            {
                vehicles.Add(vehicle);
            }
        }

        if (vehicles.Count > MaxVehicles)
        {
            errors.Add(Problem.Error("too-many", nameof(TipSubmission.Vehicles)));
        }

        return vehicles;
    }

    /// <summary>A member's name as the form's select posts it; empty is the first member ("not stated").</summary>
    private static T Choice<T>(string? posted, string field, List<Problem> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(posted))
        {
            return default;
        }

        // Names only: Enum.TryParse would also take "7" or "Suspect, Victim".
        foreach (var member in Enum.GetValues<T>())
        {
            if (string.Equals(member.ToString(), posted, StringComparison.Ordinal))
            {
                return member;
            }
        }

        errors.Add(Problem.Error("unknown-choice", field));
        return default;
    }

    private static int? Number(string? text, int min, int max, string field, string code, List<Problem> errors)
    {
        if (text is null)
        {
            return null;
        }

        // NFKC first: a Chinese keyboard may give full-width digits.
        if (int.TryParse(text.Normalize(System.Text.NormalizationForm.FormKC), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= min && number <= max)
        {
            return number;
        }

        errors.Add(Problem.Error(code, field));
        return null;
    }

    private static string? Text(string? text, int maxLength, string field, List<Problem> errors)
    {
        if (TipTextRules.VisibleLength(text) > maxLength)
        {
            errors.Add(Problem.Error("too-long", field));
        }

        return text;
    }

    private static string? Plate(string? text, string field, List<Problem> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (TipTextRules.VisibleLength(text) > MaxPlateLength)
        {
            errors.Add(Problem.Error("too-long", field));
            return text;
        }

        var plate = PlateNumbers.Normalize(text);
        if (plate is null)
        {
            errors.Add(Problem.Error("invalid-plate", field));
            return text;
        }

        return plate;
    }
}
