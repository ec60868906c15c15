using System.ComponentModel.DataAnnotations;

namespace Portal.Tips.Attachments;

/// <summary>How often each node looks for attachments waiting for the blob store (section <c>Tips:AttachmentOutbox</c>).</summary>
internal sealed class AttachmentOutboxOptions
{
    public const string SectionName = "Tips:AttachmentOutbox";

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Tips:AttachmentOutbox:Interval: must be between 1 second and 1 day.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long files sent with a report form that was never submitted successfully are kept for the reporter to
    /// correct the form; then they are deleted (see <see cref="StagedAttachmentSweeper"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Tips:AttachmentOutbox:StagingLifetime: must be between 1 minute and 30 days.")]
    public TimeSpan StagingLifetime { get; set; } = TimeSpan.FromHours(24);
}
