using System.Net;
using System.Net.Http.Headers;
using Npgsql;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;

namespace Portal.Tests.MultiNode;

/// <summary>
/// Renders the output cache does not answer take the live item from the node's memory (<see cref="LiveContentCache"/>),
/// and a publication on any node evicts it on every node at once, through the output-cache store's tags in Redis.
/// The tests change the database behind the portal's back to see which copy a render used.
/// </summary>
[IntegrationTest]
public sealed class LiveContentCacheTests
{
    [Fact]
    public async Task An_uncached_render_uses_the_held_item_until_a_publication_on_the_other_node_evicts_it()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var newsroom = await PortalNewsroom.CreateAsync(nodes.A.Services);
        var title = Drafts.Unique("火车站防拐提示");
        var item = await newsroom.PublishedAsync(Drafts.Article(title));
        var url = ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, item.Slug);
        using var b = Uncached(nodes.B);

        Assert.Contains(title, await PageAsync(b, url), StringComparison.Ordinal);
        await RetitleBehindThePortalAsync(nodes.ConnectionString, item.VersionId, "数据库里改过的标题");
        Assert.Contains(title, await PageAsync(b, url), StringComparison.Ordinal); // the held copy, no query

        var v2 = await newsroom.SaveAsync(item.ItemId, item.VersionId, Drafts.Article(title + "（修订）"));
        await newsroom.PublishAsync(v2.VersionId); // on node A

        Assert.Contains(title + "（修订）", await PageAsync(b, url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_a_linked_item_evicts_the_pages_that_show_its_title()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var newsroom = await PortalNewsroom.CreateAsync(nodes.A.Services);
        var linkedTitle = Drafts.Unique("高薪招工的陷阱");
        var linked = await newsroom.PublishedAsync(Drafts.Article(linkedTitle));
        var page = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("外出务工须知"), new ContentReferenceBlock { Id = Guid.NewGuid(), ItemId = linked.ItemId }));
        var url = ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, page.Slug);
        using var b = Uncached(nodes.B);
        Assert.Contains(linkedTitle, await PageAsync(b, url), StringComparison.Ordinal);

        var v2 = await newsroom.SaveAsync(linked.ItemId, linked.VersionId, Drafts.Article(linkedTitle + "（更新）"));
        await newsroom.PublishAsync(v2.VersionId);

        Assert.Contains(linkedTitle + "（更新）", await PageAsync(b, url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_Redis_unreachable_nothing_is_held_and_every_render_reads_the_database()
    {
        await using var nodes = await TwoNodes.StartAsync(redis: $"127.0.0.1:{RunningPortal.FreePort()}");
        var newsroom = await PortalNewsroom.CreateAsync(nodes.A.Services);
        var item = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("网络交友防骗")));
        var url = ContentUrls.Item(ContentCultures.Chinese, Rendition.Standard, item.Slug);
        using var b = Uncached(nodes.B);
        await PageAsync(b, url);

        await RetitleBehindThePortalAsync(nodes.ConnectionString, item.VersionId, "数据库里改过的标题");

        Assert.Contains("数据库里改过的标题", await PageAsync(b, url), StringComparison.Ordinal);
    }

    /// <summary>An Authorization header keeps the output cache out: every request is rendered.</summary>
    private static HttpClient Uncached(PortalFactory node)
    {
        var client = node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-reader");
        return client;
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        Assert.False(response.Headers.Contains("Age"), $"{url} came from the output cache");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task RetitleBehindThePortalAsync(string connectionString, Guid versionId, string title)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("""UPDATE content."Versions" SET "Title" = @title WHERE "Id" = @id""", connection);
        update.Parameters.AddWithValue("title", title);
        update.Parameters.AddWithValue("id", versionId);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }
}
