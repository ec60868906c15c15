using System.Net;
using Portal.Content.Common;
using Portal.Tests.Content;
using Portal.Tests.Content.Api;
using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;

namespace Portal.Tests.PublicSite;

/// <summary>/search and /en/search over the content search: a GET form, filters, highlighted snippets, paging, plain messages for bad input.</summary>
[IntegrationTest]
public sealed class SearchPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_published_item_is_found_in_chinese_and_in_english_with_an_audience_filter()
    {
        var newsroom = await PortalNewsroom.CreateAsync(portal.Services);
        const string word = "蒲公英折纸";
        var chineseTitle = Drafts.Unique("给老师的反拐课堂指南");
        await newsroom.PublishedAsync(Drafts.Article(chineseTitle, Drafts.Paragraph($"<p>课堂上可以用{word}游戏讲解求助方法。</p>")).WithAudience("teachers"));
        var englishWord = "zq" + Guid.NewGuid().ToString("N")[..6];
        var englishTitle = Drafts.Unique("Classroom guide for teachers");
        await newsroom.PublishedAsync(
            Drafts.Article(englishTitle, Drafts.Paragraph($"<p>Use the {englishWord} game to teach how to ask for help.</p>")).WithAudience("teachers"),
            culture: ContentCultures.English);
        using var client = portal.CreateClient();

        var chinese = await HtmlPage.GetAsync(client, $"/search?q={Uri.EscapeDataString(word)}&audience=teachers");
        Assert.Equal(HttpStatusCode.OK, chinese.Status);
        Assert.Equal("搜索", chinese.Document.QuerySelector("main h1")!.TextContent);
        var hit = Assert.Single(chinese.Document.QuerySelectorAll(".result"));
        Assert.Equal(chineseTitle, hit.QuerySelector("h3 a")!.TextContent);
        Assert.Equal(word, hit.QuerySelector("mark")!.TextContent);
        Assert.Equal("search", chinese.Document.QuerySelector("form[role=search]")!.GetAttribute("action"));
        Assert.Equal("get", chinese.Document.QuerySelector("form[role=search]")!.GetAttribute("method"));
        Assert.Equal("teachers", chinese.Document.QuerySelector("#search-audience option[selected]")!.GetAttribute("value"));
        Assert.Equal("适用人群", chinese.Document.QuerySelector("label[for=search-audience]")!.TextContent);

        var otherAudience = await HtmlPage.GetAsync(client, $"/search?q={Uri.EscapeDataString(word)}&audience=students");
        Assert.Empty(otherAudience.Document.QuerySelectorAll(".result"));
        Assert.Contains("没有找到相关内容", otherAudience.Text, StringComparison.Ordinal);

        var english = await HtmlPage.GetAsync(client, $"/en/search?q={englishWord}&audience=teachers&type=article");
        Assert.Equal("Search", english.Document.QuerySelector("main h1")!.TextContent);
        var englishHit = Assert.Single(english.Document.QuerySelectorAll(".result"));
        Assert.Equal(englishTitle, englishHit.QuerySelector("h3 a")!.TextContent);
        Assert.StartsWith("en/read/", englishHit.QuerySelector("h3 a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(englishWord, englishHit.QuerySelector("mark")!.TextContent);
        Assert.Equal("Teachers", english.Document.QuerySelector("#search-audience option[selected]")!.TextContent.Trim());
        Assert.Empty((await HtmlPage.GetAsync(client, $"/en/search?q={Uri.EscapeDataString(word)}")).Document.QuerySelectorAll(".result"));
    }

    [Fact]
    public async Task Bad_filters_get_a_plain_message_in_the_pages_language()
    {
        using var client = portal.CreateClient();

        var unknownAudience = await HtmlPage.GetAsync(client, "/search?q=%E6%8B%90%E5%8D%96&audience=no-such-people");
        Assert.Equal(HttpStatusCode.OK, unknownAudience.Status);
        Assert.Contains("“适用人群”中没有“no-such-people”这一项", unknownAudience.Document.QuerySelector("[data-testid=search-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(unknownAudience.Document.QuerySelectorAll(".search-results"));

        var badType = await HtmlPage.GetAsync(client, "/en/search?type=brochure&page=0");
        var errors = badType.Document.QuerySelector("[data-testid=search-errors]")!.TextContent;
        Assert.Contains("There is no such content type.", errors, StringComparison.Ordinal);
        Assert.Contains("The page number is not valid.", errors, StringComparison.Ordinal);

        var tooLong = await HtmlPage.GetAsync(client, "/search?q=" + new string('拐', 101));
        Assert.Contains("搜索关键词太长，最多 100 个字。", tooLong.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_are_paged_with_links_that_keep_the_search()
    {
        var newsroom = await PortalNewsroom.CreateAsync(portal.Services);
        var word = "zp" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < SearchForm.PageSize + 1; i++)
        {
            await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("招工骗局案例"), Drafts.Paragraph($"<p>案例 {word} 说明。</p>")).WithAudience("parents"));
        }

        using var client = portal.CreateClient();
        var first = await HtmlPage.GetAsync(client, $"/search?q={word}&audience=parents");
        Assert.Equal(SearchForm.PageSize, first.Document.QuerySelectorAll(".result").Length);
        var next = first.Document.QuerySelector("nav.paging a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal($"search?q={word}&audience=parents&page=2", next);

        var second = await HtmlPage.GetAsync(client, "/" + next);
        Assert.Single(second.Document.QuerySelectorAll(".result"));
        Assert.Equal($"search?q={word}&audience=parents", second.Document.QuerySelector("nav.paging a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("第 2 页，共 2 页", second.Document.QuerySelector("nav.paging [aria-current=page]")!.TextContent);
    }
}
