using Portal.Content.Common;
using Portal.Content.Publication;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

[IntegrationTest]
public abstract class RedirectTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    [Fact]
    public async Task Changing_a_published_slug_leaves_a_redirect_from_the_old_one()
    {
        var newsroom = await NewsroomAsync();
        var v1 = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("火车站防拐指南")));
        var oldSlug = (await Host.ItemAsync(v1.ItemId)).Slug;
        var newSlug = "车站防拐指南-" + Guid.NewGuid().ToString("N")[..6];
        var v2 = await newsroom.SaveAsync(v1.ItemId, v1.VersionId, Drafts.Article() with { Slug = newSlug });

        Assert.Equal(oldSlug, (await Host.ItemAsync(v1.ItemId)).Slug); // a draft does not move the public address
        Assert.Null(await Host.Redirects.FindAsync(ContentCultures.Chinese, Rendition.Standard, oldSlug));
        await newsroom.ApproveAsync(v2.VersionId);
        Assert.True((await Host.Workflow.PublishAsync(newsroom.Publisher, v2.VersionId)).Succeeded);

        Assert.Equal(newSlug, (await Host.ItemAsync(v1.ItemId)).Slug);
        var target = await Host.Redirects.FindAsync(ContentCultures.Chinese, Rendition.Standard, oldSlug);
        Assert.Equal((v1.ItemId, newSlug, 301), (target!.ItemId, target.Slug, target.StatusCode));
        var change = Host.Listener.Of(v1.ItemId)[^1];
        Assert.Equal(oldSlug, change.PreviousSlug);
        Assert.Contains(ContentCacheTags.Slug(ContentCultures.Chinese, Rendition.Standard, oldSlug), change.CacheTags);
        Assert.Contains(ContentCacheTags.Slug(ContentCultures.Chinese, Rendition.Standard, newSlug), change.CacheTags);
    }

    [Fact]
    public async Task Changing_the_slug_back_removes_the_redirect_that_would_shadow_it()
    {
        var newsroom = await NewsroomAsync();
        var v1 = await newsroom.PublishedAsync();
        var first = (await Host.ItemAsync(v1.ItemId)).Slug;
        var second = "暂用地址-" + Guid.NewGuid().ToString("N")[..6];
        var v2 = await newsroom.SaveAsync(v1.ItemId, v1.VersionId, Drafts.Article() with { Slug = second });
        await newsroom.ApproveAsync(v2.VersionId);
        Assert.True((await Host.Workflow.PublishAsync(newsroom.Publisher, v2.VersionId)).Succeeded);
        var v3 = await newsroom.SaveAsync(v1.ItemId, v2.VersionId, Drafts.Article() with { Slug = first });
        await newsroom.ApproveAsync(v3.VersionId);
        Assert.True((await Host.Workflow.PublishAsync(newsroom.Publisher, v3.VersionId)).Succeeded);

        var redirects = await Host.Redirects.OfItemAsync(v1.ItemId);

        Assert.Equal([second], redirects.Select(r => r.FromSlug).ToArray());
        Assert.Equal(first, (await Host.Redirects.FindAsync(ContentCultures.Chinese, Rendition.Standard, second))!.Slug);
    }

    [Fact]
    public async Task Before_the_first_publication_the_slug_follows_the_draft_without_redirects()
    {
        var newsroom = await NewsroomAsync();
        var v1 = await newsroom.CreateAsync();
        var renamed = "新的地址-" + Guid.NewGuid().ToString("N")[..6];

        await newsroom.SaveAsync(v1.ItemId, v1.VersionId, Drafts.Article() with { Slug = renamed });

        Assert.Equal(renamed, (await Host.ItemAsync(v1.ItemId)).Slug);
        Assert.Empty(await Host.Redirects.OfItemAsync(v1.ItemId));
    }
}

public sealed class SqliteRedirectTests(SqliteContentDatabaseFixture database) : RedirectTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresRedirectTests(PostgresContentDatabaseFixture database) : RedirectTests(database), IClassFixture<PostgresContentDatabaseFixture>;
