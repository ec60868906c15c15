using Microsoft.EntityFrameworkCore;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

[IntegrationTest]
public abstract partial class EditingTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    [Fact]
    public async Task A_new_item_has_version_1_as_a_draft_and_a_Chinese_slug()
    {
        var newsroom = await NewsroomAsync();
        var title = Drafts.Unique("如何识别拐卖人口");

        var saved = await newsroom.CreateAsync(Drafts.Article(title));

        var item = await Host.ItemAsync(saved.ItemId);
        var version = await Host.VersionAsync(saved.VersionId);
        Assert.Equal(1, saved.Number);
        Assert.Equal(SlugRulesExpectation(title), item.Slug);
        Assert.StartsWith("如何识别拐卖人口-", item.Slug, StringComparison.Ordinal);
        Assert.Equal((VersionState.Draft, title, newsroom.Editor.UserId), (version.State, version.Title, version.AuthorId));
        Assert.Equal((saved.VersionId, 1, VersionState.Draft, newsroom.Department), (item.LatestVersionId, item.LatestNumber, item.LatestState, item.OwnerDepartmentId));
        Assert.Contains("高薪招工", version.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_save_adds_a_version_and_the_earlier_ones_stay_as_they_were()
    {
        var newsroom = await NewsroomAsync();
        var first = await newsroom.CreateAsync();
        var firstRow = await Host.VersionAsync(first.VersionId);

        var second = await newsroom.SaveAsync(first.ItemId, first.VersionId, Drafts.Article(firstRow.Title, Drafts.Paragraph("<p>第二稿：增加了举报电话 110。</p>")));
        var third = await newsroom.SaveAsync(first.ItemId, second.VersionId, Drafts.Article(firstRow.Title, Drafts.Paragraph("<p>第三稿。</p>")));

        Assert.Equal((2, 3), (second.Number, third.Number));
        var firstAgain = await Host.VersionAsync(first.VersionId);
        Assert.Equal(firstRow.BodyJson, firstAgain.BodyJson);
        Assert.Equal(VersionState.Superseded, firstAgain.State);
        Assert.Contains("第二稿", (await Host.VersionAsync(second.VersionId)).PlainText, StringComparison.Ordinal);
        Assert.Equal(third.VersionId, (await Host.ItemAsync(first.ItemId)).LatestVersionId);
    }

    [Fact]
    public async Task The_database_context_refuses_to_overwrite_a_saved_version()
    {
        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync();
        await using var context = Host.Context();
        var version = await context.Set<ContentVersion>().SingleAsync(v => v.Id == saved.VersionId);
        context.Entry(version).Property(v => v.Title).CurrentValue = "被篡改的标题";

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());

        Assert.Contains("history", refused.Message, StringComparison.Ordinal);
        Assert.NotEqual("被篡改的标题", (await Host.VersionAsync(saved.VersionId)).Title);
    }

    [Fact]
    public async Task The_second_of_two_editors_saving_the_same_draft_gets_a_conflict_and_keeps_their_text()
    {
        var newsroom = await NewsroomAsync();
        var colleague = await Host.PersonAsync(newsroom.Department, ContentRole.Editor);
        var created = await newsroom.CreateAsync();
        var opened = (await Host.Editor.OpenAsync(colleague, created.ItemId)).Value!;
        var mine = Drafts.Article(opened.Draft.Title, Drafts.Paragraph("<p>我的修改：强调不要轻信网上招聘。</p>"));
        var theirs = opened.Draft with { Blocks = [Drafts.Paragraph("<p>同事的修改：补充火车站求助点位置。</p>")] };

        var first = await Host.Editor.SaveDraftAsync(colleague, created.ItemId, opened.LatestVersionId, theirs);
        var second = await Host.Editor.SaveDraftAsync(newsroom.Editor, created.ItemId, created.VersionId, mine);

        Assert.True(first.Succeeded, first.ToString());
        Assert.Equal(Failure.Conflict, second.Failure);
        Assert.Equal(ContentCodes.Conflict, Assert.Single(second.Errors).Code);
        var conflict = second.Conflict!;
        Assert.Same(mine, conflict.YourDraft);
        Assert.Equal((first.Value!.VersionId, 2, colleague.UserId), (conflict.LatestVersionId, conflict.LatestNumber, conflict.LatestAuthorId));
        var item = await Host.ItemAsync(created.ItemId);
        Assert.Equal((first.Value.VersionId, 2), (item.LatestVersionId, item.LatestNumber));
        Assert.Contains("同事的修改", (await Host.VersionAsync(item.LatestVersionId)).PlainText, StringComparison.Ordinal);

        var retried = await Host.Editor.SaveDraftAsync(newsroom.Editor, created.ItemId, conflict.LatestVersionId, conflict.YourDraft);
        Assert.True(retried.Succeeded, retried.ToString());
        Assert.Equal(3, retried.Value!.Number);
    }

    [Fact]
    public async Task Of_two_saves_at_the_same_moment_on_the_same_base_exactly_one_is_stored()
    {
        var newsroom = await NewsroomAsync();
        var colleague = await Host.PersonAsync(newsroom.Department, ContentRole.Editor);
        var created = await newsroom.CreateAsync();
        await using var otherNode = ContentHarness.Create(Database);

        var results = await Task.WhenAll(
            Host.Editor.SaveDraftAsync(newsroom.Editor, created.ItemId, created.VersionId, Drafts.Article(null, Drafts.Paragraph("<p>甲</p>"))),
            otherNode.Editor.SaveDraftAsync(colleague, created.ItemId, created.VersionId, Drafts.Article(null, Drafts.Paragraph("<p>乙</p>"))));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Failure == Failure.Conflict);
        await using var context = Host.Context();
        Assert.Equal(2, await context.Set<ContentVersion>().CountAsync(v => v.ItemId == created.ItemId));
    }

    [Fact]
    public async Task An_empty_title_is_refused_and_names_the_field()
    {
        var newsroom = await NewsroomAsync();
        var created = await newsroom.CreateAsync();

        var result = await Host.Editor.SaveDraftAsync(newsroom.Editor, created.ItemId, created.VersionId, Drafts.Article("   "));

        Assert.Equal(Failure.Invalid, result.Failure);
        var problem = Assert.Single(result.Errors);
        Assert.Equal((ContentCodes.Required, "title"), (problem.Code, problem.Field));
        Assert.Equal(1, (await Host.ItemAsync(created.ItemId)).LatestNumber);
    }

    [Fact]
    public async Task An_unknown_term_is_refused_and_named()
    {
        var newsroom = await NewsroomAsync();

        var result = await Host.Editor.CreateAsync(newsroom.Editor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = newsroom.Department,
            Draft = Drafts.Article().WithAudience("teachers", "martians") with
            {
                Terms = new Dictionary<Vocabulary, IReadOnlyList<string>> { [Vocabulary.Audience] = ["teachers", "martians"], [Vocabulary.Region] = ["620102", "999999"] },
            },
        });

        Assert.Equal(Failure.Invalid, result.Failure);
        Assert.Equal(
            [("terms.Audience", "martians"), ("terms.Region", "999999")],
            result.Errors.Select(e => (e.Field!, e.Value!)).Order().ToArray());
        Assert.All(result.Errors, e => Assert.Equal(ContentCodes.UnknownTerm, e.Code));
    }

    [Fact]
    public async Task A_grade_band_that_is_not_a_term_is_refused()
    {
        var newsroom = await NewsroomAsync();
        var lesson = new LessonFields
        {
            GradeBand = "university",
            Objectives = ["知道什么是拐卖"],
            DurationMinutes = 40,
            Activities = [new LessonActivity { Title = "情景讨论", Minutes = 20, Description = "陌生人请你帮忙找小狗，你怎么办？" }],
            TeacherNotes = "先了解班级情况。",
            SafetyGuidance = "学生透露受侵害情况时，按强制报告制度立即报告学校和公安机关。",
        };

        var result = await Host.Editor.CreateAsync(newsroom.Editor, ContentType.Lesson, new NewContentItem
        {
            OwnerDepartmentId = newsroom.Department, Draft = Drafts.Article() with { Fields = lesson },
        });

        var problem = Assert.Single(result.Errors);
        Assert.Equal((ContentCodes.UnknownTerm, "fields.gradeBand", "university"), (problem.Code, problem.Field, problem.Value));
        Assert.True((await Host.Editor.CreateAsync(newsroom.Editor, ContentType.Lesson, new NewContentItem
        {
            OwnerDepartmentId = newsroom.Department, Draft = Drafts.Article() with { Fields = lesson with { GradeBand = "primary" } },
        })).Succeeded);
    }

    [Fact]
    public async Task Fields_of_another_type_are_refused()
    {
        var newsroom = await NewsroomAsync();

        var result = await Host.Editor.CreateAsync(newsroom.Editor, ContentType.Alert, new NewContentItem
        {
            OwnerDepartmentId = newsroom.Department, Draft = Drafts.Article(),
        });

        Assert.Equal((ContentCodes.FieldsDoNotMatchType, "fields"), (Assert.Single(result.Errors).Code, Assert.Single(result.Errors).Field));
    }

    [Fact]
    public async Task Rich_text_loses_scripts_event_handlers_and_javascript_links_with_a_warning_naming_the_block()
    {
        var newsroom = await NewsroomAsync();
        var hostile = Drafts.Paragraph(
            "<p onclick=\"steal()\">遇到可疑情况请报警<script>alert('xss')</script></p>" +
            "<p><a href=\"javascript:alert(1)\">点击这里</a> <a href=\"https://www.gansu.gov.cn/\" onmouseover=\"steal()\">甘肃省人民政府</a></p>" +
            "<img src=x onerror=\"steal()\"><iframe src=\"https://evil.example/\"></iframe>");
        var inColumns = Drafts.Columns([Drafts.Heading("左栏")], [Drafts.Paragraph("<p>右栏<a href=\"JaVaScRiPt:steal()\">链接</a></p>")]);
        var faq = new FaqListBlock
        {
            Id = Guid.NewGuid(),
            Items = [new FaqEntry { Question = "举报有奖励吗？", AnswerHtml = "<p style=\"background:url(javascript:steal())\">有。<svg onload=steal()></svg></p>" }],
        };

        var created = await Host.Editor.CreateAsync(newsroom.Editor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = newsroom.Department, Draft = Drafts.Article(null, hostile, inColumns, faq),
        });

        Assert.True(created.Succeeded, created.ToString());
        var stored = (await Host.VersionAsync(created.Value!.VersionId)).ReadBlocks();
        var html = string.Join("\n", ((RichTextBlock)stored[0]).Html, ((RichTextBlock)((ColumnsBlock)stored[1]).Columns[1].Blocks[0]).Html, ((FaqListBlock)stored[2]).Items[0].AnswerHtml);
        foreach (var forbidden in new[] { "<script", "alert", "onclick", "onmouseover", "onerror", "onload", "javascript:", "<iframe", "<img", "<svg", "style=", "steal" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("遇到可疑情况请报警", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.gansu.gov.cn/\">甘肃省人民政府</a>", html, StringComparison.Ordinal);
        Assert.Contains("点击这里", html, StringComparison.Ordinal);
        var warnings = created.Warnings.Where(w => w.Code == ContentCodes.RichTextSanitized).ToList();
        Assert.Equal(["blocks[0]", "blocks[1].columns[1].blocks[0]", "blocks[2]"], warnings.Select(w => w.BlockPath!).ToArray());
        Assert.Contains("script", warnings[0].Value!, StringComparison.Ordinal);
        Assert.Contains("onclick", warnings[0].Value!, StringComparison.Ordinal);
        Assert.Contains("href", warnings[0].Value!, StringComparison.Ordinal);
        Assert.Equal(hostile.Id, warnings[0].BlockId);
    }

    [Fact]
    public async Task A_reference_to_an_item_that_does_not_exist_is_refused_at_the_block()
    {
        var newsroom = await NewsroomAsync();
        var target = await newsroom.CreateAsync();
        var good = new ContentReferenceBlock { Id = Guid.NewGuid(), ItemId = target.ItemId };
        var bad = new ContentReferenceBlock { Id = Guid.NewGuid(), ItemId = Guid.NewGuid() };

        var result = await Host.Editor.CreateAsync(newsroom.Editor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = newsroom.Department, Draft = Drafts.Article(null, good, bad),
        });

        var problem = Assert.Single(result.Errors);
        Assert.Equal((ContentCodes.UnknownReference, "blocks[1]", bad.Id), (problem.Code, problem.BlockPath, problem.BlockId));
    }

    [Fact]
    public async Task A_slug_another_item_uses_is_refused_on_save_and_a_generated_one_is_made_unique()
    {
        var newsroom = await NewsroomAsync();
        var title = Drafts.Unique("拐卖儿童的常见手段");
        var first = await newsroom.CreateAsync(Drafts.Article(title));
        var second = await newsroom.CreateAsync(Drafts.Article(title));
        var firstSlug = (await Host.ItemAsync(first.ItemId)).Slug;

        var taken = await Host.Editor.SaveDraftAsync(newsroom.Editor, second.ItemId, second.VersionId, Drafts.Article(title) with { Slug = firstSlug });

        Assert.NotEqual(firstSlug, second.Slug);
        Assert.StartsWith(firstSlug + "-", second.Slug, StringComparison.Ordinal);
        Assert.Equal((ContentCodes.SlugTaken, "slug"), (Assert.Single(taken.Errors).Code, Assert.Single(taken.Errors).Field));
    }

    [Fact]
    public async Task Variants_link_cultures_and_renditions_one_item_per_slot()
    {
        var newsroom = await NewsroomAsync();
        var chinese = await newsroom.CreateAsync();
        var english = await newsroom.CreateAsync(Drafts.Article(Drafts.Unique("How to recognise trafficking")), culture: ContentCultures.English, variantOf: chinese.ItemId);
        var easyRead = await newsroom.CreateAsync(Drafts.Article(Drafts.Unique("怎样识别拐卖（易读版）")), rendition: Rendition.EasyRead, variantOf: chinese.ItemId);

        var twice = await Host.Editor.CreateAsync(newsroom.Editor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = newsroom.Department, Culture = ContentCultures.English, VariantOf = chinese.ItemId, Draft = Drafts.Article(),
        });
        var otherType = await Host.Editor.CreateAsync(newsroom.Editor, ContentType.Faq, new NewContentItem
        {
            OwnerDepartmentId = newsroom.Department, Rendition = Rendition.LargePrint, VariantOf = chinese.ItemId,
            Draft = Drafts.Article() with { Fields = new FaqFields { ShortAnswer = "拨打 110。" } },
        });

        Assert.Equal(ContentCodes.VariantExists, Assert.Single(twice.Errors).Code);
        Assert.Equal(ContentCodes.VariantTypeMismatch, Assert.Single(otherType.Errors).Code);
        var variants = await Host.Variants.OfItemAsync(english.ItemId);
        Assert.Equal(
            [(chinese.ItemId, ContentCultures.Chinese, Rendition.Standard), (easyRead.ItemId, ContentCultures.Chinese, Rendition.EasyRead), (english.ItemId, ContentCultures.English, Rendition.Standard)],
            variants.Select(v => (v.ItemId, v.Culture, v.Rendition)).ToArray());
        Assert.Matches("^how-to-recognise-trafficking-[0-9a-f]{6}$", english.Slug);
    }

    [Fact]
    public async Task A_version_lists_every_media_asset_it_uses()
    {
        var newsroom = await NewsroomAsync();
        var image = Drafts.Image("海报");
        var video = Drafts.Video(captions: true);
        var saved = await newsroom.CreateAsync(Drafts.Article(null, Drafts.Columns([image], [video])) with { Seo = new SeoSettings { ImageAssetId = Guid.NewGuid() } });

        var version = await Host.VersionAsync(saved.VersionId);

        Assert.Equal(new HashSet<Guid> { image.AssetId, video.AssetId, video.CaptionsAssetId!.Value, version.SeoImageAssetId!.Value }, version.ReadMediaAssetIds());
    }

    private static string SlugRulesExpectation(string title) => title.Replace(' ', '-');
}

public sealed class SqliteEditingTests(SqliteContentDatabaseFixture database) : EditingTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresEditingTests(PostgresContentDatabaseFixture database) : EditingTests(database), IClassFixture<PostgresContentDatabaseFixture>;
