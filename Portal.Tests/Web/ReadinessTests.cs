using System.Net;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Web;

[IntegrationTest]
public sealed class ReadinessTests
{
    [Fact]
    public async Task Readiness_fails_when_the_blob_store_can_no_longer_be_written()
    {
        using var factory = new PortalFactory();
        using var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        // The blob root turns into a plain file: nothing can be written under it any more.
        var blobRoot = Path.Combine(factory.DataFolder, "blobs");
        Directory.Delete(blobRoot, recursive: true);
        await File.WriteAllTextAsync(blobRoot, "not a folder");

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }
}
