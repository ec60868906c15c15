using System.Net;
using System.Text.Json;
using Portal.Content.Common;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Tests.Content.Search;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content.Api;

/// <summary>The JSON API on the real host (SQLite), through HTTP as another government site would call it.</summary>
[IntegrationTest]
public sealed class ContentApiTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task The_list_searches_filters_and_pages_published_items_only()
    {
        var newsroom = await PortalNewsroom.CreateAsync(factory.Services);
        var marker = SearchMarkers.Han();
        var article = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("高薪招工的骗局"), Drafts.Paragraph($"<p>{marker}：出国打工先核实。</p>")));
        var faq = await newsroom.PublishedAsync(
            Drafts.Article(Drafts.Unique("怎样举报拐卖线索"), Drafts.Paragraph($"<p>{marker}：拨打110。</p>"))
                with { Fields = new FaqFields { ShortAnswer = "拨打110或网上举报。" }, Terms = Topics("how-to-report") },
            ContentType.Faq);
        await newsroom.CreateAsync(Drafts.Article(Drafts.Unique("草稿"), Drafts.Paragraph($"<p>{marker} 草稿</p>")));
        var withdrawn = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("已撤下"), Drafts.Paragraph($"<p>{marker} 已撤下</p>")));
        Assert.True((await newsroom.Workflow.UnpublishAsync(newsroom.Publisher, withdrawn.ItemId)).Succeeded);

        var all = await GetJsonAsync($"/api/content?q={Uri.EscapeDataString(marker)}");
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal(
            new[] { article.ItemId, faq.ItemId }.Order().ToArray(),
            all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order().ToArray());

        var faqs = await GetJsonAsync($"/api/content?q={Uri.EscapeDataString(marker)}&type=faq&culture=zh-CN&rendition=standard&topic=how-to-report");
        var hit = Assert.Single(faqs.GetProperty("items").EnumerateArray());
        Assert.Equal(faq.ItemId, hit.GetProperty("id").GetGuid());
        Assert.Equal("faq", hit.GetProperty("type").GetString());
        Assert.Equal("standard", hit.GetProperty("rendition").GetString());
        Assert.Equal($"/api/content/{faq.ItemId}", hit.GetProperty("href").GetString());
        Assert.Contains(hit.GetProperty("snippet").EnumerateArray(), p => p.GetProperty("highlight").GetBoolean() && p.GetProperty("text").GetString() == marker);

        var second = await GetJsonAsync($"/api/content?q={Uri.EscapeDataString(marker)}&pageSize=1&page=2");
        Assert.Equal((2, 1, 2), (second.GetProperty("page").GetInt32(), second.GetProperty("pageSize").GetInt32(), second.GetProperty("pageCount").GetInt32()));
        Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(50, (await GetJsonAsync("/api/content?pageSize=1000")).GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task An_item_comes_with_blocks_as_stored_terms_with_labels_and_its_live_variants_by_id_and_by_slug()
    {
        var newsroom = await PortalNewsroom.CreateAsync(factory.Services);
        var zh = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("如何识别拐卖人口"), Drafts.Heading("常见迹象"), Drafts.Paragraph("<p>高薪招工要警惕。</p>"))
            with { Terms = new Dictionary<Vocabulary, IReadOnlyList<string>> { [Vocabulary.Audience] = ["teachers"] } });
        var en = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("How to recognise trafficking")), culture: ContentCultures.English, variantOf: zh.ItemId);

        using var response = await client.GetAsync($"/api/content/{zh.ItemId}");
        var item = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("如何识别拐卖人口", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal); // characters, not \uXXXX
        Assert.Equal("zh-CN", item.GetProperty("culture").GetString());
        Assert.Equal(["heading", "richText"], item.GetProperty("blocks").EnumerateArray().Select(b => b.GetProperty("type").GetString()!).ToArray());
        Assert.Equal("常见迹象", item.GetProperty("blocks")[0].GetProperty("text").GetString());
        var teacher = Assert.Single(item.GetProperty("terms").GetProperty("audience").EnumerateArray());
        Assert.Equal(("teachers", "教师"), (teacher.GetProperty("key").GetString(), teacher.GetProperty("label").GetString()));
        var variant = Assert.Single(item.GetProperty("variants").EnumerateArray());
        Assert.Equal((en.ItemId, "en"), (variant.GetProperty("id").GetGuid(), variant.GetProperty("culture").GetString()));
        Assert.Contains("public", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        var slug = item.GetProperty("slug").GetString()!;
        var bySlug = await GetJsonAsync($"/api/content/zh-CN/standard/{Uri.EscapeDataString(slug)}");
        Assert.Equal(zh.ItemId, bySlug.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Drafts_and_unpublished_items_are_404_with_a_message_in_chinese_or_english()
    {
        var newsroom = await PortalNewsroom.CreateAsync(factory.Services);
        var draft = await newsroom.CreateAsync(Drafts.Article());
        var withdrawn = await newsroom.PublishedAsync(Drafts.Article());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/content/{withdrawn.ItemId}")).StatusCode);
        Assert.True((await newsroom.Workflow.UnpublishAsync(newsroom.Publisher, withdrawn.ItemId)).Succeeded);

        foreach (var id in new[] { draft.ItemId, withdrawn.ItemId, Guid.NewGuid() })
        {
            using var response = await client.GetAsync($"/api/content/{id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("找不到该内容。", (await JsonAsync(response)).GetProperty("title").GetString());
        }

        using var english = await client.GetAsync($"/api/content/{draft.ItemId}?lang=en");
        Assert.Equal("This content could not be found.", (await JsonAsync(english)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Bad_parameters_are_400_problem_details_naming_each_parameter()
    {
        using var response = await client.GetAsync("/api/content?culture=fr&rendition=huge&type=5&page=0&pageSize=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await JsonAsync(response);
        Assert.Equal("请求参数有误。", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Equal(["culture", "page", "pageSize", "rendition", "type"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("不支持语言“fr”，可用的有：zh-CN, en。", errors.GetProperty("culture")[0].GetString());
        Assert.Contains("easyRead", errors.GetProperty("rendition")[0].GetString(), StringComparison.Ordinal);

        using var unknownTerm = await client.GetAsync("/api/content?audience=martians&lang=en");
        Assert.Equal(HttpStatusCode.BadRequest, unknownTerm.StatusCode);
        var english = await JsonAsync(unknownTerm);
        Assert.Equal("Some parameters are not valid.", english.GetProperty("title").GetString());
        Assert.StartsWith("There is no term “martians”", english.GetProperty("errors").GetProperty("audience")[0].GetString(), StringComparison.Ordinal);

        using var deep = await client.GetAsync("/api/content?page=2147483647");
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Equal("页码须为 1 到 10000 之间的整数。", (await JsonAsync(deep)).GetProperty("errors").GetProperty("page")[0].GetString());

        using var tooLong = await client.GetAsync("/api/content?q=" + Uri.EscapeDataString(new string('拐', 101)));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task Any_origin_may_read_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/content?pageSize=1");
        request.Headers.Add("Origin", "https://www.gansu.gov.cn");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    private static Dictionary<Vocabulary, IReadOnlyList<string>> Topics(params string[] keys) =>
        new Dictionary<Vocabulary, IReadOnlyList<string>> { [Vocabulary.Topic] = keys };

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
