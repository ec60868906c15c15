namespace Portal.Tips.Oversight;

/// <summary>
/// Who asks for oversight figures, as the host established it (signed in with two factors).
/// </summary>
/// <param name="UserId">The identity user id; a supervisor's jurisdiction grants are looked up by it.</param>
/// <param name="IsProvincialOffice">The provincial joint-conference office (省联席会议办公室): the whole province.</param>
/// <param name="IsSupervisor">A police supervisor: the prefectures their jurisdiction grants name.</param>
public sealed record OversightActor(string UserId, bool IsProvincialOffice, bool IsSupervisor);

/// <summary>The regions (keys of <see cref="OversightRegions"/>) an actor may see figures of.</summary>
public sealed record OversightScope(IReadOnlySet<string> Regions)
{
    public bool WholeProvince => OversightRegions.All.All(Regions.Contains);
}

/// <summary>Thrown when a region is asked for that the actor's scope does not cover.</summary>
public sealed class OversightAccessDeniedException : Exception
{
    public OversightAccessDeniedException()
        : base("The region is outside the actor's oversight scope.")
    {
    }

    public OversightAccessDeniedException(string message)
        : base(message)
    {
    }

    public OversightAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
