using System.Text.Json.Serialization;

namespace Portal.Tips.Reporting;

/// <summary>What the reporter told us about the case. Serialized to JSON and encrypted as one field.</summary>
/// <param name="People">Who was involved, in the order the reporter gave them (at most <see cref="InvolvedParties.MaxPeople"/>).</param>
/// <param name="Vehicles">Which vehicles were involved (at most <see cref="InvolvedParties.MaxVehicles"/>).</param>
public sealed record TipReport(
    string WhatHappened,
    string? PlaceDetail,
    string? OtherProvince,
    string? WhenText,
    DateOnly? WhenDate,
    bool HappeningNow,
    bool ChildJustMissing,
    [property: JsonConverter(typeof(PeopleOrLegacyTextConverter))] IReadOnlyList<InvolvedPerson> People,
    [property: JsonConverter(typeof(VehiclesOrLegacyTextConverter))] IReadOnlyList<InvolvedVehicle> Vehicles,
    string? OnlineLinks);

/// <summary>Who the reporter is, when they choose to say. Serialized and encrypted; never stored for anonymous tips.</summary>
public sealed record ReporterContact(ReporterMode Mode, string? Name, string? Phone, string? Institution, string? Role);
