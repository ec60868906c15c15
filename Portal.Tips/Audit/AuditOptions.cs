using System.ComponentModel.DataAnnotations;

namespace Portal.Tips.Audit;

/// <summary>Section <c>Tips:Audit</c>: how often the head of the audit chain is checkpointed.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Tips:Audit";

    /// <summary>
    /// How often one node writes a signed checkpoint of the head (only when it moved). Entries removed from the end
    /// since the last checkpoint cannot be noticed, so this is the window an insider has.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Tips:Audit:CheckpointEvery: must be between 1 second and 1 day.")]
    public TimeSpan CheckpointEvery { get; set; } = TimeSpan.FromMinutes(15);
}
