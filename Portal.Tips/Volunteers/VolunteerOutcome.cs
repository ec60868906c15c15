namespace Portal.Tips.Volunteers;

/// <summary>A problem with one field or action, as a code the page turns into a sentence in the reader's language.</summary>
public sealed record VolunteerError(string Field, string Code);

public sealed record VolunteerOutcome(IReadOnlyList<VolunteerError> Errors)
{
    public static readonly VolunteerOutcome Ok = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static VolunteerOutcome Fail(string field, string code) => new([new VolunteerError(field, code)]);
}

/// <summary>An outcome that carries a value when it succeeded.</summary>
#pragma warning disable CA1000 // The factories read best on the type: VolunteerOutcome<Guid>.Fail(...).
public sealed record VolunteerOutcome<T>(T? Value, IReadOnlyList<VolunteerError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static VolunteerOutcome<T> Of(T value) => new(value, []);

    public static VolunteerOutcome<T> Fail(string field, string code) => new(default, [new VolunteerError(field, code)]);

    public static VolunteerOutcome<T> Fail(IReadOnlyList<VolunteerError> errors) => new(default, errors);
}
#pragma warning restore CA1000

/// <summary>Error codes shared by several services.</summary>
public static class VolunteerErrors
{
    public const string OutsideRegion = "outside-region";
    public const string NotFound = "not-found";
    public const string Changed = "changed-meanwhile";
    public const string NotActive = "not-active";
}
