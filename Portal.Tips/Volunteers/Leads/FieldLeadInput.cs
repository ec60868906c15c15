namespace Portal.Tips.Volunteers.Leads;

/// <summary>What a volunteer saw, as typed on the field-lead form.</summary>
public sealed record FieldLeadInput
{
    public string? IdempotencyKey { get; init; }

    public string? Category { get; init; }

    public string? WhatHappened { get; init; }

    public string? PlaceKey { get; init; }

    public string? PlaceDetail { get; init; }

    public string? WhenDate { get; init; }

    public bool HappeningNow { get; init; }

    public bool ChildJustMissing { get; init; }
}

/// <summary>All a volunteer ever sees of a lead they passed on: when, and how far the police are.</summary>
public sealed record FieldLeadStatus(DateTimeOffset SubmittedAt, Reporting.PublicTipStatus Status);
