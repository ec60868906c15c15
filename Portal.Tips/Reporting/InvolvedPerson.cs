using System.Text.Json.Serialization;

namespace Portal.Tips.Reporting;

/// <summary>
/// A person the reporter saw or knows about, as far as they could tell; every part is optional.
/// Part of the encrypted <see cref="TipReport"/>.
/// </summary>
/// <param name="Age">Approximate age in years (0–120).</param>
/// <param name="HeightCm">Approximate height in centimetres.</param>
/// <param name="Description">Clothing and distinguishing features (scars, tattoos, glasses, gait…).</param>
/// <param name="Name">Name or nickname, if known.</param>
/// <param name="Language">Language, dialect or accent.</param>
public sealed record InvolvedPerson(
    PersonRole Role = PersonRole.NotStated,
    PersonSex Sex = PersonSex.Unknown,
    int? Age = null,
    AgeBand AgeBand = AgeBand.NotStated,
    int? HeightCm = null,
    string? Description = null,
    string? Name = null,
    string? Language = null);

/// <summary>Stored by name, so reordering the members can never change what a stored tip says.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PersonRole>))]
public enum PersonRole
{
    NotStated,
    Suspect,
    Victim,
    Witness,
    Other,
}

[JsonConverter(typeof(JsonStringEnumConverter<PersonSex>))]
public enum PersonSex
{
    Unknown,
    Male,
    Female,
}

/// <summary>For when a reporter can say "a baby" or "a teenager" but not a number.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgeBand>))]
public enum AgeBand
{
    NotStated,

    /// <summary>Under 3.</summary>
    Infant,

    /// <summary>3 to 13: a child in the sense of the criminal law on trafficking of children (under 14).</summary>
    Child,

    /// <summary>14 to 17.</summary>
    Adolescent,

    /// <summary>18 to 35.</summary>
    YoungAdult,

    /// <summary>36 to 59.</summary>
    MiddleAged,

    /// <summary>60 and over.</summary>
    Elderly,
}
