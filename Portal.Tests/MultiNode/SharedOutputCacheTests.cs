using System.Net;
using Portal.Content.Common;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;

namespace Portal.Tests.MultiNode;

/// <summary>
/// With Redis configured the output cache is one store for every node: a page stored by node B is served from the
/// cache by node A too, and a publication on node A evicts it for node B at once (not after the entry's lifetime).
/// </summary>
[IntegrationTest]
public sealed class SharedOutputCacheTests
{
    [Fact]
    public async Task A_change_published_on_one_node_shows_on_the_other_nodes_cached_page_at_once()
    {
        await using var nodes = await TwoNodes.StartAsync();
        using var a = nodes.A.CreateClient();
        using var b = nodes.B.CreateClient();
        var newsroom = await PortalNewsroom.CreateAsync(nodes.A.Services);
        var title = Drafts.Unique("长途汽车站防拐提示");
        var item = await newsroom.PublishedAsync(Drafts.Article(title));
        var other = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("另一条提示")));
        var url = ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, item.Slug);
        var otherUrl = ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, other.Slug);

        foreach (var path in new[] { url, otherUrl })
        {
            Assert.False((await GetAsync(b, path)).FromCache, path);
            Assert.True((await GetAsync(b, path)).FromCache, path);
            Assert.True((await GetAsync(a, path)).FromCache, path); // stored by B, served by A: one store
        }

        var v2 = await newsroom.SaveAsync(item.ItemId, item.VersionId, Drafts.Article(title + "（修订）"));
        await newsroom.PublishAsync(v2.VersionId);

        var onB = await GetAsync(b, url);
        Assert.False(onB.FromCache);
        Assert.Contains(title + "（修订）", onB.Html, StringComparison.Ordinal);
        Assert.True((await GetAsync(b, otherUrl)).FromCache); // only the changed item's tags were evicted

        Assert.True((await newsroom.Workflow.UnpublishAsync(newsroom.Publisher, item.ItemId)).Succeeded);
        using var gone = await b.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static async Task<(bool FromCache, string Html)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return (response.Headers.Contains("Age"), await response.Content.ReadAsStringAsync());
    }
}
