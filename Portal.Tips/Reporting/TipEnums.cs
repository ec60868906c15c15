namespace Portal.Tips.Reporting;

public enum ReporterMode
{
    Anonymous,
    Named,
    Professional,
}

/// <summary>Where a tip came from; plaintext so the police queue can filter on it.</summary>
public enum TipSource
{
    Public,
    Professional,
    Volunteer,
}

/// <summary>The police workflow of a tip. Reporters see only received, under review or closed.</summary>
public enum TipStatus
{
    New,
    Triaged,
    Assigned,
    Investigating,
    Closed,
}
