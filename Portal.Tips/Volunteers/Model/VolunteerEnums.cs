namespace Portal.Tips.Volunteers.Model;

/// <summary>Applicant → InReview → Accepted or Rejected → Active, Inactive, Archived (see <c>VettingRules</c>).</summary>
public enum VolunteerStatus
{
    Applicant,
    InReview,
    Accepted,
    Rejected,
    Active,
    Inactive,
    Archived,
}

/// <summary>Why an application was rejected; shown to the applicant as a sentence in their language.</summary>
public enum RejectionReason
{
    Incomplete,
    NotEligible,
    BackgroundCheckFailed,
    NoSuitableRole,
    Withdrawn,
    Other,
}

public enum SignupState
{
    Confirmed,
    Waitlisted,
    Cancelled,
}

public enum HoursState
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>第二十八条 (stations, schools, communities), 第十四条 护校安园, family search, trainings.</summary>
public enum OpportunityKind
{
    StationCampaign,
    SchoolCampaign,
    CommunityCampaign,
    FamilySearch,
    Training,
}
