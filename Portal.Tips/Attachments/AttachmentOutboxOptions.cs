namespace Portal.Tips.Attachments;

/// <summary>How often each node looks for attachments waiting for the blob store (section <c>Tips:AttachmentOutbox</c>).</summary>
internal sealed class AttachmentOutboxOptions
{
    public const string SectionName = "Tips:AttachmentOutbox";

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long files sent with a report form that was never submitted successfully are kept for the reporter to
    /// correct the form; then they are deleted (see <see cref="StagedAttachmentSweeper"/>).
    /// </summary>
    public TimeSpan StagingLifetime { get; set; } = TimeSpan.FromHours(24);
}
