namespace Portal.Tips.Attachments;

/// <summary>How often each node looks for attachments waiting for the blob store (section <c>Tips:AttachmentOutbox</c>).</summary>
public sealed class AttachmentOutboxOptions
{
    public const string SectionName = "Tips:AttachmentOutbox";

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
