using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Search;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content.Search;

[IntegrationTest]
public abstract class SearchTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    private ContentSearch Search => Host.Get<ContentSearch>();

    [Fact]
    public async Task A_Chinese_query_finds_Chinese_text_without_spaces_and_marks_it_in_the_snippet()
    {
        var newsroom = await NewsroomAsync();
        var marker = SearchMarkers.Han();
        var saved = await newsroom.PublishedAsync(Drafts.Article(
            Drafts.Unique("外出务工安全提示"),
            Drafts.Paragraph($"<p>{marker}：有人以高薪招工为名，骗取身份证后限制人身自由。遇到这种情况请立即报警。</p>")));

        var found = await SearchAsync(new ContentSearchQuery { Text = $"高薪招工 {marker}" });

        var hit = Assert.Single(found.Items);
        Assert.Equal(saved.ItemId, hit.ItemId);
        Assert.Equal(1, found.TotalCount);
        Assert.Contains(hit.Snippet, part => part is { Highlight: true, Text: "高薪招工" });
        Assert.Contains(hit.Snippet, part => part.Highlight && part.Text == marker);
        Assert.Contains($"{marker}：有人以高薪招工为名", string.Concat(hit.Snippet.Select(p => p.Text)), StringComparison.Ordinal);
        // Every gram must occur: the marker with a phrase the item does not contain finds nothing.
        Assert.Empty((await SearchAsync(new ContentSearchQuery { Text = $"网络交友 {marker}" })).Items);
        // One character is a query too (unigrams are indexed).
        Assert.Contains(saved.ItemId, (await SearchAsync(new ContentSearchQuery { Text = marker[..1], PageSize = 50 })).Items.Select(h => h.ItemId));
    }

    [Fact]
    public async Task An_English_query_matches_whole_words_in_any_case()
    {
        var newsroom = await NewsroomAsync();
        var marker = SearchMarkers.Latin();
        var saved = await newsroom.CreateAsync(
            Drafts.Article(Drafts.Unique("Warning signs of recruitment FRAUD"), Drafts.Paragraph($"<p>A job offer abroad that asks for your passport is a warning sign ({marker}).</p>")),
            culture: ContentCultures.English);
        await PublishAsync(newsroom, saved);

        var found = await SearchAsync(new ContentSearchQuery { Text = $"Passport {marker.ToUpperInvariant()}", Culture = ContentCultures.English });

        Assert.Equal(saved.ItemId, Assert.Single(found.Items).ItemId);
        Assert.Contains(found.Items[0].Snippet, part => part is { Highlight: true, Text: "passport" });
        Assert.Empty((await SearchAsync(new ContentSearchQuery { Text = $"pass {marker}" })).Items);
        Assert.Empty((await SearchAsync(new ContentSearchQuery { Text = marker, Culture = ContentCultures.Chinese })).Items);
    }

    [Fact]
    public async Task Filters_by_type_rendition_audience_with_sub_audiences_topic_and_setting_and_pages_with_a_total()
    {
        var newsroom = await NewsroomAsync();
        var marker = SearchMarkers.Han();
        var lesson = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("小学生防拐课"), Drafts.Paragraph($"<p>{marker}不跟陌生人走。</p>")) with { Terms = Terms(("Audience", "students-primary"), ("Topic", "child-abduction"), ("Setting", "school")) });
        var faq = await newsroom.PublishedAsync(
            Drafts.Article(Drafts.Unique("在车站发现可疑情况怎么办"), Drafts.Paragraph($"<p>{marker}请告诉车站工作人员或拨打110。</p>"))
                with { Fields = new FaqFields { ShortAnswer = "告诉工作人员或报警。" }, Terms = Terms(("Audience", "travellers"), ("Topic", "how-to-report"), ("Setting", "railway-station")) },
            ContentType.Faq);

        async Task<IReadOnlyList<Guid>> Ids(ContentSearchQuery query) => [.. (await SearchAsync(query with { Text = marker })).Items.Select(h => h.ItemId)];

        Assert.Equal([faq.ItemId], await Ids(new() { Type = ContentType.Faq }));
        Assert.Equal([lesson.ItemId], await Ids(new() { Audience = "students" }));
        Assert.Equal([lesson.ItemId], await Ids(new() { Audience = "students-primary", Topic = "child-abduction" }));
        Assert.Empty(await Ids(new() { Audience = "students-primary", Topic = "how-to-report" }));
        Assert.Equal([faq.ItemId], await Ids(new() { Setting = "transport-hubs" }));
        Assert.Equal([faq.ItemId], await Ids(new() { Setting = "railway-station", Culture = ContentCultures.Chinese, Rendition = Rendition.Standard }));
        Assert.Empty(await Ids(new() { Rendition = Rendition.EasyRead }));
        Assert.Empty(await Ids(new() { Culture = ContentCultures.English }));

        var first = await SearchAsync(new ContentSearchQuery { Text = marker, PageSize = 1 });
        var second = await SearchAsync(new ContentSearchQuery { Text = marker, PageSize = 1, PageNumber = 2 });
        Assert.Equal((2, 2, 1, 1), (first.TotalCount, second.TotalCount, first.Items.Count, second.Items.Count));
        Assert.NotEqual(first.Items[0].ItemId, second.Items[0].ItemId);
        Assert.Empty((await SearchAsync(new ContentSearchQuery { Text = marker, PageSize = 1, PageNumber = 3 })).Items);
        Assert.Equal(ContentSearchQuery.MaxPageSize, (await SearchAsync(new ContentSearchQuery { PageSize = 1000 })).PageSize);
    }

    [Fact]
    public async Task Bad_filters_are_refused_with_codes_naming_the_parameter()
    {
        var refused = await Search.SearchAsync(new ContentSearchQuery { Audience = "martians", Culture = "fr", PageNumber = 0, Text = new string('拐', 101) });

        Assert.Equal(Failure.Invalid, refused.Failure);
        Assert.Equal(
            ["input.too-long q", "culture.unsupported culture", "input.out-of-range page", "term.unknown audience"],
            refused.Errors.Select(p => $"{p.Code} {p.Field}").ToArray());
    }

    [Fact]
    public async Task A_title_hit_ranks_above_a_body_hit_even_when_the_body_hit_is_newer()
    {
        var newsroom = await NewsroomAsync();
        var marker = SearchMarkers.Han();
        var inTitle = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique($"{marker}识别网络诱骗"), Drafts.Paragraph("<p>网上交友要警惕。</p>")));
        Host.Time.Advance(TimeSpan.FromHours(1));
        var inBody = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("网络安全提示"), Drafts.Paragraph($"<p>{marker}，{marker}，{marker}：网上交友要警惕。</p>")));

        var found = await SearchAsync(new ContentSearchQuery { Text = marker });

        Assert.Equal([inTitle.ItemId, inBody.ItemId], found.Items.Select(h => h.ItemId).ToArray());
    }

    [Fact]
    public async Task Unpublished_archived_and_deleted_items_leave_the_index_and_a_new_live_version_replaces_the_old_text()
    {
        var newsroom = await NewsroomAsync();
        var (a, b, c, d) = (SearchMarkers.Han(), SearchMarkers.Han(), SearchMarkers.Han(), SearchMarkers.Han());
        var unpublished = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("撤下的文章"), Drafts.Paragraph($"<p>{a}</p>")));
        var archived = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("归档的文章"), Drafts.Paragraph($"<p>{b}</p>")));
        var deleted = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("删除的文章"), Drafts.Paragraph($"<p>{c}</p>")));
        Assert.Single((await SearchAsync(new ContentSearchQuery { Text = a })).Items);

        Assert.True((await Host.Workflow.UnpublishAsync(newsroom.Publisher, unpublished.ItemId, "过时")).Succeeded);
        Assert.True((await Host.Workflow.ArchiveAsync(newsroom.Publisher, archived.ItemId, "归档")).Succeeded);
        Assert.True((await Host.Editor.DeleteAsync(newsroom.Publisher, deleted.ItemId, "删除")).Succeeded);

        Assert.Empty((await SearchAsync(new ContentSearchQuery { Text = a })).Items);
        Assert.Empty((await SearchAsync(new ContentSearchQuery { Text = b })).Items);
        Assert.Empty((await SearchAsync(new ContentSearchQuery { Text = c })).Items);

        // Published again with new text: the new words are found, the old ones are gone, a draft on top changes nothing.
        var v2 = await newsroom.SaveAsync(unpublished.ItemId, unpublished.VersionId, Drafts.Article(Drafts.Unique("重新发布的文章"), Drafts.Paragraph($"<p>{d}</p>")));
        await newsroom.ApproveAsync(v2.VersionId);
        Assert.True((await Host.Workflow.PublishAsync(newsroom.Publisher, v2.VersionId)).Succeeded);
        await newsroom.SaveAsync(unpublished.ItemId, v2.VersionId, Drafts.Article(Drafts.Unique("草稿"), Drafts.Paragraph($"<p>{a}</p>")));
        Assert.Equal(unpublished.ItemId, Assert.Single((await SearchAsync(new ContentSearchQuery { Text = d })).Items).ItemId);
        Assert.Empty((await SearchAsync(new ContentSearchQuery { Text = a })).Items);
        await using var context = Host.Context();
        Assert.Equal(v2.VersionId, (await context.Set<SearchDocument>().SingleAsync(x => x.ItemId == unpublished.ItemId)).VersionId);
    }

    [Fact]
    public async Task The_rebuild_restores_a_lost_index_and_can_run_again()
    {
        var newsroom = await NewsroomAsync();
        var marker = SearchMarkers.Han();
        var saved = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("重建索引"), Drafts.Paragraph($"<p>{marker}</p>")));
        var draftOnly = await newsroom.CreateAsync(Drafts.Article(Drafts.Unique("未发布"), Drafts.Paragraph($"<p>{marker}</p>")));
        await using (var context = Host.Context())
        {
            await context.Set<SearchPosting>().Where(p => p.ItemId == saved.ItemId).ExecuteDeleteAsync();
            await context.Set<SearchDocument>().Where(x => x.ItemId == saved.ItemId).ExecuteDeleteAsync();
        }

        Assert.Empty((await SearchAsync(new ContentSearchQuery { Text = marker })).Items);

        var first = await Host.Get<ContentSearchIndexer>().RebuildAsync();
        var second = await Host.Get<ContentSearchIndexer>().RebuildAsync();

        Assert.Equal(saved.ItemId, Assert.Single((await SearchAsync(new ContentSearchQuery { Text = marker })).Items).ItemId);
        Assert.True(first.ItemsChecked >= 2 && first.ItemsIndexed >= 1, first.ToString());
        Assert.Equal(first.ItemsIndexed, second.ItemsIndexed);
        Assert.DoesNotContain(draftOnly.ItemId, (await SearchAsync(new ContentSearchQuery { Text = marker })).Items.Select(h => h.ItemId));
    }

    [Fact]
    public async Task The_manager_list_searches_working_copies_with_its_filters_and_paging()
    {
        var newsroom = await NewsroomAsync();
        var marker = SearchMarkers.Latin();
        var draft = await newsroom.CreateAsync(Drafts.Article(Drafts.Unique("招工诈骗的六个信号"), Drafts.Paragraph($"<p>Draft about FRAUD {marker}.</p>")));
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        var live = await newsroom.PublishedAsync(Drafts.Article(Drafts.Unique("招工诈骗案例"), Drafts.Paragraph($"<p>fraud case {marker}</p>")));
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        var other = await newsroom.CreateAsync(Drafts.Article(Drafts.Unique("网络交友"), Drafts.Paragraph("<p>其他内容。</p>")));

        async Task<IReadOnlyList<Guid>> Ids(ContentListQuery query) =>
            [.. (await Host.Catalog.ListAsync(newsroom.Editor, query with { DepartmentId = newsroom.Department })).Items.Select(r => r.ItemId)];

        Assert.Equal([live.ItemId, draft.ItemId], await Ids(new() { Text = $"{marker.ToUpperInvariant()} Fraud" }));
        Assert.Equal([live.ItemId, draft.ItemId], await Ids(new() { Text = "招工诈骗" }));
        Assert.Equal([draft.ItemId], await Ids(new() { Text = "六个信号 " + marker }));
        Assert.Equal([live.ItemId], await Ids(new() { Text = marker, LiveOnly = true }));
        Assert.Equal([draft.ItemId], await Ids(new() { Text = marker, State = Portal.Content.Workflow.VersionState.Draft }));
        Assert.DoesNotContain(other.ItemId, await Ids(new() { Text = "fraud" }));
        var page = await Host.Catalog.ListAsync(newsroom.Editor, new ContentListQuery { Text = marker, PageSize = 1, PageNumber = 2, DepartmentId = newsroom.Department });
        Assert.Equal((2, draft.ItemId), (page.TotalCount, Assert.Single(page.Items).ItemId));
    }

    [Fact]
    public async Task The_manager_search_follows_each_new_working_copy_and_the_rebuild_restores_it()
    {
        var newsroom = await NewsroomAsync();
        var before = SearchMarkers.Latin();
        var after = SearchMarkers.Latin();
        var created = await newsroom.CreateAsync(Drafts.Article(Drafts.Unique("求职安全"), Drafts.Paragraph($"<p>first {before}</p>")));

        async Task<IReadOnlyList<Guid>> Ids(string text) =>
            [.. (await Host.Catalog.ListAsync(newsroom.Editor, new ContentListQuery { Text = text, DepartmentId = newsroom.Department })).Items.Select(r => r.ItemId)];

        Assert.Equal([created.ItemId], await Ids(before));
        var saved = await Host.Editor.SaveDraftAsync(newsroom.Editor, created.ItemId, created.VersionId, Drafts.Article(null, Drafts.Paragraph($"<p>second {after}</p>")));
        Assert.True(saved.Succeeded, saved.ToString());

        Assert.Empty(await Ids(before));
        Assert.Equal([created.ItemId], await Ids(after));

        await using (var context = Host.Context())
        {
            await context.Set<DraftSearchPosting>().Where(p => p.ItemId == created.ItemId).ExecuteDeleteAsync();
        }

        Assert.Empty(await Ids(after));
        await Host.Get<ContentSearchIndexer>().RebuildAsync();
        Assert.Equal([created.ItemId], await Ids(after));
        Assert.Empty(await Ids(before));
    }

    private static Dictionary<Vocabulary, IReadOnlyList<string>> Terms(params (string Vocabulary, string Key)[] terms) =>
        terms.GroupBy(t => Enum.Parse<Vocabulary>(t.Vocabulary)).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(t => t.Key)]);

    private async Task PublishAsync(Newsroom newsroom, SavedVersion saved)
    {
        await newsroom.ApproveAsync(saved.VersionId);
        Assert.True((await Host.Workflow.PublishAsync(newsroom.Publisher, saved.VersionId)).Succeeded);
    }

    private async Task<Page<ContentSearchHit>> SearchAsync(ContentSearchQuery query)
    {
        var result = await Search.SearchAsync(query);
        Assert.True(result.Succeeded, result.ToString());
        return result.Value!;
    }
}

public sealed class SqliteSearchTests(SqliteContentDatabaseFixture database) : SearchTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresSearchTests(PostgresContentDatabaseFixture database) : SearchTests(database), IClassFixture<PostgresContentDatabaseFixture>;
