using Portal.Shared.Time;
namespace Portal.Tips.Oversight;

/// <summary>A date range (China days, both ends included) and optionally one region (else the actor's whole scope).</summary>
public sealed record OversightQuery(DateOnly From, DateOnly To, string? Region = null)
{
    public static OversightQuery Year(int year, string? region = null) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), region);

    public DateTimeOffset Start => ChinaTime.StartOf(From);

    /// <summary>The instant after the last day.</summary>
    public DateTimeOffset End => ChinaTime.StartOf(To.AddDays(1));
}
