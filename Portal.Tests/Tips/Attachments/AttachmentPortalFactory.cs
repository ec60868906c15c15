using Portal.Tests.Infrastructure;
using Portal.Tips.Attachments;

namespace Portal.Tests.Tips.Attachments;

/// <summary>
/// The real host whose outbox worker's own rounds are an hour apart, so tests drive it through
/// <see cref="AttachmentOutboxWorker.DeliverDueAsync"/>.
/// </summary>
public sealed class AttachmentPortalFactory : PortalFactory
{
    public AttachmentPortalFactory()
        : base(null, new Dictionary<string, string?> { [$"{AttachmentOutboxOptions.SectionName}:Interval"] = "01:00:00" })
    {
    }

    public string BlobFolder => Path.Combine(DataFolder, "blobs");
}
