using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers.Shifts;

public sealed record OpportunityInput(OpportunityKind Kind, string? Title, string? Description, string? PlaceKey);

/// <summary>A shift on one day, times in China Standard Time.</summary>
public sealed record ShiftInput(DateOnly? Day, TimeOnly? Starts, TimeOnly? Ends, string? Place, int Capacity, IReadOnlyCollection<string> RequiredSkills, IReadOnlyCollection<string> RequiredQualifications);

public sealed record OpportunityView(Guid Id, OpportunityKind Kind, string Title, string Description, string PrefectureKey, string? CountyKey, IReadOnlyList<ShiftView> Shifts);

public sealed record ShiftView(
    Guid Id,
    Guid OpportunityId,
    string OpportunityTitle,
    OpportunityKind Kind,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Place,
    int Capacity,
    int Confirmed,
    int Waitlisted,
    IReadOnlyList<string> RequiredSkills,
    IReadOnlyList<string> RequiredQualifications,
    SignupState? MyState);

public sealed record RosterEntry(Guid VolunteerId, string Name, string Reference, SignupState State, DateTimeOffset SignedUpAt);
