using System.Net;
using System.Text.Json;
using Portal.Content.Types;
using Portal.Tests.Infrastructure;
using Portal.Web.Identity;

namespace Portal.Tests.Content.Api;

/// <summary>
/// The output cache on the real host, with API answers as the cached pages: an answer served from the cache carries
/// an <c>Age</c> header; publishing evicts exactly the answers tagged with what changed.
/// </summary>
[IntegrationTest]
public sealed class ContentOutputCacheTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Publishing_evicts_exactly_the_affected_answers()
    {
        var newsroom = await PortalNewsroom.CreateAsync(factory.Services);
        var title = Drafts.Unique("反拐宣传周活动安排");
        var changed = await newsroom.PublishedAsync(Drafts.Article(title));
        var other = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("另一篇文章")));
        var changedUrl = $"/api/content/{changed.ItemId}";
        var otherUrl = $"/api/content/{other.ItemId}";
        const string articles = "/api/content?type=article&culture=zh-CN&pageSize=5";
        const string faqs = "/api/content?type=faq&culture=zh-CN&pageSize=5";
        foreach (var url in new[] { changedUrl, otherUrl, articles, faqs })
        {
            Assert.False((await GetAsync(url)).FromCache, url);
            Assert.True((await GetAsync(url)).FromCache, url);
        }

        var v2 = await newsroom.SaveAsync(changed.ItemId, changed.VersionId, Drafts.Article(title + "（更新）"));
        await newsroom.PublishAsync(v2.VersionId);

        var afterPublish = await GetAsync(changedUrl);
        Assert.False(afterPublish.FromCache);
        Assert.Equal(title + "（更新）", afterPublish.Json.GetProperty("title").GetString());
        Assert.False((await GetAsync(articles)).FromCache); // the article list shows it
        Assert.True((await GetAsync(otherUrl)).FromCache); // another item's answer stays
        Assert.True((await GetAsync(faqs)).FromCache); // and so does a list of another type

        Assert.True((await newsroom.Workflow.UnpublishAsync(newsroom.Publisher, changed.ItemId)).Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(changedUrl)).StatusCode);
        Assert.True((await GetAsync(otherUrl)).FromCache);
    }

    [Fact]
    public async Task A_signed_in_users_request_neither_reads_nor_fills_the_cache()
    {
        var newsroom = await PortalNewsroom.CreateAsync(factory.Services);
        var item = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("志愿者须知")), ContentType.Article);
        var url = $"/api/content/{item.ItemId}";
        var volunteer = await TestUsers.CreateAsync(factory.Services, PortalRoles.Volunteer, withAuthenticator: false);
        using var signedIn = factory.CreateBrowserLikeClient();
        await StaffSignIn.PasswordAsync(signedIn, volunteer.Email, volunteer.Password);

        using (var first = await signedIn.GetAsync(url))
        using (var second = await signedIn.GetAsync(url))
        {
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
            Assert.False(second.Headers.Contains("Age"));
        }

        Assert.False((await GetAsync(url)).FromCache); // the signed-in answers were not stored
        Assert.True((await GetAsync(url)).FromCache);
        using var whileCached = await signedIn.GetAsync(url);
        Assert.False(whileCached.Headers.Contains("Age")); // nor does a signed-in user get the cached one
    }

    private async Task<(bool FromCache, JsonElement Json)> GetAsync(string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return (response.Headers.Contains("Age"), JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
