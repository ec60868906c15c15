namespace Portal.Content.Workflow;

internal sealed class ContentSchedulerOptions
{
    public const string SectionName = "Content:Scheduler";

    /// <summary>How often each web node looks for due publications and unpublications.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
