using System.Text.Json.Serialization;

namespace Portal.Tips.Reporting;

/// <summary>A vehicle involved in the case; every part is optional. Part of the encrypted <see cref="TipReport"/>.</summary>
/// <param name="Plate">The plate as read, normalised by <see cref="PlateNumbers"/> ("?" for an unreadable character).</param>
/// <param name="MakeModel">Make and model, e.g. 五菱宏光.</param>
/// <param name="Direction">Where it came from or went, e.g. 往兰州方向.</param>
/// <param name="Description">Other features: damage, stickers, load, passengers.</param>
public sealed record InvolvedVehicle(
    VehicleType Type = VehicleType.NotStated,
    string? Plate = null,
    string? Colour = null,
    string? MakeModel = null,
    string? Direction = null,
    string? Description = null);

[JsonConverter(typeof(JsonStringEnumConverter<VehicleType>))]
public enum VehicleType
{
    NotStated,
    Car,

    /// <summary>面包车: the minivan that recurs in abduction cases.</summary>
    Van,
    Suv,
    Truck,
    Bus,
    Motorcycle,

    /// <summary>Electric scooter, electric or motor tricycle.</summary>
    ElectricOrTricycle,
    Other,
}
