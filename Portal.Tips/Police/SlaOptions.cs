using System.ComponentModel.DataAnnotations;

namespace Portal.Tips.Police;

/// <summary>Section <c>Tips:Sla</c>: how soon a tip of each priority must be acknowledged.</summary>
public sealed class SlaOptions
{
    public const string SectionName = "Tips:Sla";

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Tips:Sla:AcknowledgeP1: must be between 1 minute and 30 days.")]
    public TimeSpan AcknowledgeP1 { get; set; } = TimeSpan.FromMinutes(15);

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Tips:Sla:AcknowledgeP2: must be between 1 minute and 30 days.")]
    public TimeSpan AcknowledgeP2 { get; set; } = TimeSpan.FromHours(1);

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Tips:Sla:AcknowledgeP3: must be between 1 minute and 30 days.")]
    public TimeSpan AcknowledgeP3 { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Tips:Sla:AcknowledgeP4: must be between 1 minute and 30 days.")]
    public TimeSpan AcknowledgeP4 { get; set; } = TimeSpan.FromHours(72);

    /// <summary>How often each node looks for new P1 tips and overdue ones.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Tips:Sla:PollInterval: must be between 1 second and 1 hour.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan AcknowledgeWithin(TipPriority priority) => priority switch
    {
        TipPriority.P1 => AcknowledgeP1,
        TipPriority.P2 => AcknowledgeP2,
        TipPriority.P3 => AcknowledgeP3,
        _ => AcknowledgeP4,
    };
}
