namespace Portal.Tips.Intake;

/// <summary>What the reporter told us about the case. Serialized to JSON and encrypted as one field.</summary>
public sealed record TipReport(
    string WhatHappened,
    string? PlaceDetail,
    string? OtherProvince,
    string? WhenText,
    DateOnly? WhenDate,
    bool HappeningNow,
    bool ChildJustMissing,
    string? People,
    string? Vehicles,
    string? OnlineLinks);

/// <summary>Who the reporter is, when they choose to say. Serialized and encrypted; never stored for anonymous tips.</summary>
public sealed record ReporterContact(ReporterMode Mode, string? Name, string? Phone, string? Institution, string? Role);
