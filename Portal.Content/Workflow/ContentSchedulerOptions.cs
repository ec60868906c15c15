using System.ComponentModel.DataAnnotations;

namespace Portal.Content.Workflow;

internal sealed class ContentSchedulerOptions
{
    public const string SectionName = "Content:Scheduler";

    /// <summary>How often each web node looks for due publications and unpublications.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Content:Scheduler:Interval: must be between 1 second and 1 day.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
