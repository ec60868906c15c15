namespace Portal.Tips.Police;

/// <summary>Section <c>Tips:Sla</c>: how soon a tip of each priority must be acknowledged.</summary>
public sealed class SlaOptions
{
    public const string SectionName = "Tips:Sla";

    public TimeSpan AcknowledgeP1 { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan AcknowledgeP2 { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan AcknowledgeP3 { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan AcknowledgeP4 { get; set; } = TimeSpan.FromHours(72);

    /// <summary>How often each node looks for new P1 tips and overdue ones.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan AcknowledgeWithin(TipPriority priority) => priority switch
    {
        TipPriority.P1 => AcknowledgeP1,
        TipPriority.P2 => AcknowledgeP2,
        TipPriority.P3 => AcknowledgeP3,
        _ => AcknowledgeP4,
    };
}
