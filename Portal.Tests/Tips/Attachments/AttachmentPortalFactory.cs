using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Attachments;

namespace Portal.Tests.Tips.Attachments;

/// <summary>
/// The real host with tip attachments registered, until TipsModule wires them in. The outbox worker's own
/// rounds are an hour apart so tests drive it through <see cref="AttachmentOutboxWorker.DeliverDueAsync"/>.
/// </summary>
public sealed class AttachmentPortalFactory : PortalFactory
{
    public AttachmentPortalFactory()
        : base(null, new Dictionary<string, string?> { [$"{AttachmentOutboxOptions.SectionName}:Interval"] = "01:00:00" })
    {
    }

    public string BlobFolder => Path.Combine(DataFolder, "blobs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTipAttachments());
    }
}
