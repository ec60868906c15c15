using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Seed;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Storage.Regions;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

/// <summary>
/// The seed content on an empty database of its own (the class fixture): everything the issue asks for is there in
/// Chinese and English, published through the workflow by two system actors, passing the publish checks, and a second
/// run adds nothing.
/// </summary>
[IntegrationTest]
public abstract class SeedTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    [Fact]
    public async Task An_empty_database_gets_the_seed_content_published_once()
    {
        var seeder = Host.Get<ContentSeeder>();
        var first = await seeder.SeedAsync();
        Assert.Equal(SeedOutcome.Seeded, first.Outcome);
        Assert.Equal(SeedData.Files.Count, first.ItemsCreated);

        var items = await SeededItemsAsync();
        Assert.Equal(SeedData.Files.Count, items.Count);
        Assert.All(items, item =>
        {
            Assert.Equal(item.LatestVersionId, item.PublishedVersionId);
            Assert.Equal(VersionState.Published, item.LatestState);
        });

        // Every published version passes the publish checks with nothing to warn about.
        foreach (var item in items)
        {
            var checks = await Host.Workflow.CheckAsync(ContentActor.SeedApprover, item.Version.Id);
            Assert.True(checks.Succeeded, checks.ToString());
            Assert.True(checks.Value!.Count == 0, $"{item.Type} {item.Culture} {item.Title}: {string.Join("; ", checks.Value)}");
        }

        AssertRegulation(items);
        AssertCoreMessage(items);
        AssertCurricula(items);
        AssertFaqs(items);
        await AssertPostersAndVenueKitsAsync(items);
        AssertEveryItemHasBothCultures(items);
        await AssertFourEyesAndAuditAsync(items);

        var counts = await CountsAsync();
        var second = await seeder.SeedAsync();
        Assert.Equal(new SeedResult(SeedOutcome.AlreadySeeded, 0, 0), second);
        Assert.Equal(counts, await CountsAsync());
    }

    /// <summary>Posters and a venue kit for railway and bus stations, in both languages, with their files served publicly.</summary>
    private async Task AssertPostersAndVenueKitsAsync(IReadOnlyList<SeededItem> items)
    {
        foreach (var setting in new[] { "railway-station", "bus-station" })
        {
            foreach (var culture in new[] { ContentCultures.Chinese, ContentCultures.English })
            {
                var poster = Assert.Single(items, i => i.Type == ContentType.Poster && i.Culture == culture && i.Terms[Vocabulary.Setting].Contains(setting));
                var posterFields = Assert.IsType<PosterFields>(poster.Version.ReadFields());
                Assert.False(string.IsNullOrWhiteSpace(posterFields.AltText));
                Assert.Equal([PaperSize.A3, PaperSize.A4], posterFields.PrintFiles.Select(f => f.PaperSize).Order());
                Assert.StartsWith("image/", (await Host.Media.FindPublicFileAsync(posterFields.ImageAssetId, null))?.ContentType, StringComparison.Ordinal);
                foreach (var print in posterFields.PrintFiles)
                {
                    Assert.Equal("application/pdf", (await Host.Media.FindPublicFileAsync(print.AssetId, null))?.ContentType);
                }

                var kit = Assert.Single(items, i => i.Type == ContentType.VenueKit && i.Culture == culture && i.Terms[Vocabulary.Setting].Contains(setting));
                var kitFields = Assert.IsType<VenueKitFields>(kit.Version.ReadFields());
                Assert.Equal([PaperSize.A3, PaperSize.A4], kitFields.Posters.Select(f => f.PaperSize).Order());
                Assert.Contains("110", kitFields.AnnouncementScript, StringComparison.Ordinal);
            }
        }
    }

    private static void AssertRegulation(IReadOnlyList<SeededItem> items)
    {
        var zh = Assert.Single(items, i => i.Type == ContentType.LegalText && i.Culture == ContentCultures.Chinese);
        var fields = Assert.IsType<LegalTextFields>(zh.Version.ReadFields());
        Assert.Equal(("甘政办发〔2022〕38号", "甘肃省人民政府办公厅", new DateOnly(2022, 3, 28), true), (fields.DocumentNumber, fields.IssuedBy, fields.IssuedOn, fields.InForce));
        var blocks = zh.Version.ReadBlocks();
        var chapters = blocks.OfType<HeadingBlock>().Select(h => h.Text).ToList();
        Assert.Equal(9, chapters.Count);
        Assert.Equal("第一章 总则", chapters[0]);
        Assert.Equal("第九章 附则", chapters[^1]);
        var articles = blocks.OfType<RichTextBlock>().Where(b => b.Html.StartsWith("<p><strong>第", StringComparison.Ordinal)).ToList();
        Assert.Equal(40, articles.Count);
        Assert.Contains("禁止除公安机关以外的任何组织或者个人收集被拐卖儿童、父母和疑似被拐卖人员的DNA数据信息", articles[18].Html, StringComparison.Ordinal);
        Assert.StartsWith("<p><strong>第四十条</strong>", articles[^1].Html, StringComparison.Ordinal);
        Assert.Equal(15, zh.Terms[Vocabulary.Region].Count);

        var en = Assert.Single(items, i => i.Type == ContentType.LegalText && i.Culture == ContentCultures.English);
        Assert.Equal(zh.VariantSetId, en.VariantSetId);
        Assert.Contains("unofficial", en.Title, StringComparison.OrdinalIgnoreCase);
        var notice = Assert.IsType<CalloutBlock>(en.Version.ReadBlocks()[0]);
        Assert.Contains("not an official translation", notice.Html, StringComparison.Ordinal);
    }

    private static void AssertCoreMessage(IReadOnlyList<SeededItem> items)
    {
        var set = items.Where(i => i.Version.Slug == "recognise-and-report").ToList();
        Assert.Single(set.Select(i => i.VariantSetId).Distinct());
        Assert.Equal(
            [.. ContentCultures.All.SelectMany(c => new[] { (c, Rendition.Standard), (c, Rendition.EasyRead), (c, Rendition.LargePrint) }).Order()],
            set.Select(i => (i.Culture, i.Rendition)).Order().ToArray());
        Assert.All(set, item =>
        {
            Assert.Contains("how-to-report", item.Terms[Vocabulary.Topic]);
            Assert.Contains("110", item.Version.PlainText, StringComparison.Ordinal);
            Assert.Contains(item.Version.ReadBlocks(), b => b is ReportTipBlock);
            Assert.Contains("/report", string.Join(" ", item.Version.ReadBlocks().SelectMany(b => b.SelfAndDescendants("b")).Select(b => BlockJson.SerializeOne(b.Block))), StringComparison.Ordinal);
        });
        Assert.All(set.Where(i => i.Rendition == Rendition.EasyRead), i => Assert.Contains(TaxonomySeed.IntellectualDisability, i.Terms[Vocabulary.Audience]));
        Assert.All(set.Where(i => i.Rendition == Rendition.LargePrint), i => Assert.Contains("disability-visual", i.Terms[Vocabulary.Audience]));
        Assert.All(set.Where(i => i.Rendition == Rendition.Standard), i => Assert.Contains(i.Culture == ContentCultures.Chinese ? "第三十二条" : "Article 32", i.Version.PlainText, StringComparison.Ordinal));
    }

    private static void AssertCurricula(IReadOnlyList<SeededItem> items)
    {
        var studentTerms = new Dictionary<string, string>
        {
            ["primary"] = "students-primary", ["junior-high"] = "students-junior-high", ["senior-high"] = "students-senior-high", ["vocational"] = "students-vocational",
        };
        foreach (var culture in ContentCultures.All)
        {
            foreach (var (band, audience) in studentTerms)
            {
                var curriculum = Assert.Single(items, i => i.Type == ContentType.Curriculum && i.Culture == culture && ((CurriculumFields)i.Version.ReadFields()).GradeBand == band);
                var fields = (CurriculumFields)curriculum.Version.ReadFields();
                Assert.NotEmpty(fields.Lessons);
                Assert.Equal([band], curriculum.Terms[Vocabulary.GradeBand]);
                Assert.Contains(audience, curriculum.Terms[Vocabulary.Audience]);
                Assert.Contains("school", curriculum.Terms[Vocabulary.Setting]);
                foreach (var lessonId in fields.Lessons)
                {
                    var lesson = Assert.Single(items, i => i.Id == lessonId);
                    Assert.Equal((ContentType.Lesson, culture), (lesson.Type, lesson.Culture));
                    var plan = Assert.IsType<LessonFields>(lesson.Version.ReadFields());
                    Assert.Equal(band, plan.GradeBand);
                    Assert.Equal(plan.DurationMinutes, plan.Activities.Sum(a => a.Minutes));
                    Assert.True(plan.Objectives.Count >= 2 && plan.Activities.Count >= 3, lesson.Title);
                    Assert.False(string.IsNullOrWhiteSpace(plan.TeacherNotes) || string.IsNullOrWhiteSpace(plan.SafetyGuidance));
                    Assert.Contains(audience, lesson.Terms[Vocabulary.Audience]);
                    Assert.Contains("teachers", lesson.Terms[Vocabulary.Audience]);
                }
            }
        }
    }

    private static void AssertFaqs(IReadOnlyList<SeededItem> items)
    {
        foreach (var culture in ContentCultures.All)
        {
            var faqs = items.Where(i => i.Type == ContentType.Faq && i.Culture == culture).ToList();
            Assert.True(faqs.Count >= 5, culture);
            Assert.All(faqs, faq => Assert.False(string.IsNullOrWhiteSpace(((FaqFields)faq.Version.ReadFields()).ShortAnswer)));
            var text = string.Join("\n", faqs.Select(f => f.Version.PlainText));
            var expected = culture == ContentCultures.Chinese
                ? new[] { "匿名", "DNA", "第十九条", "回执号", "第三十二条", "110" }
                : ["anonymous", "DNA", "Article 19", "receipt number", "Article 32", "110"];
            Assert.All(expected, word => Assert.Contains(word, text, StringComparison.OrdinalIgnoreCase));
            Assert.Contains(faqs, f => f.Terms[Vocabulary.Topic].Contains("how-to-report"));
        }
    }

    private static void AssertEveryItemHasBothCultures(IReadOnlyList<SeededItem> items)
    {
        foreach (var set in items.GroupBy(i => i.VariantSetId))
        {
            Assert.Equal([.. ContentCultures.All.Order()], set.Select(i => i.Culture).Distinct().Order().ToArray());
        }

        Assert.All(items, i => Assert.NotEmpty(i.Terms.GetValueOrDefault(Vocabulary.Audience) ?? []));
        Assert.All(items, i => Assert.NotEmpty(i.Terms.GetValueOrDefault(Vocabulary.Topic) ?? []));
        var prefectures = GansuDivisions.Instance.All.Where(d => d.Level is DivisionLevel.Prefecture or DivisionLevel.NewArea).Select(d => d.Key).Order().ToArray();
        Assert.All(items, i => Assert.Equal(prefectures, (i.Terms.GetValueOrDefault(Vocabulary.Region) ?? []).Order().ToArray()));
    }

    private async Task AssertFourEyesAndAuditAsync(IReadOnlyList<SeededItem> items)
    {
        Assert.All(items, i => Assert.Equal(
            (ContentActor.SeedAuthorId, ContentActor.SeedApproverId, ContentActor.SeedApproverId),
            (i.Version.AuthorId, i.Version.ApprovedBy, i.Version.PublishedBy)));
        await using var context = Host.Context();
        var events = await context.Set<AuditEvent>().AsNoTracking().ToListAsync();
        Assert.All(events, e => Assert.StartsWith("system:seed-", e.ActorId, StringComparison.Ordinal));
        foreach (var (action, actor) in new[]
                 {
                     (AuditAction.Created, ContentActor.SeedAuthorId), (AuditAction.Submitted, ContentActor.SeedAuthorId),
                     (AuditAction.Approved, ContentActor.SeedApproverId), (AuditAction.Published, ContentActor.SeedApproverId),
                 })
        {
            Assert.Equal(items.Select(i => i.Id).Order(), events.Where(e => e.Action == action && e.ActorId == actor).Select(e => e.ItemId!.Value).Order());
        }

        Assert.All(items, i => Assert.Contains(DepartmentSeed.All, d => d.Id == i.OwnerDepartmentId));
    }

    private async Task<(int Items, int Versions, int Audit)> CountsAsync()
    {
        await using var context = Host.Context();
        return (await context.Set<ContentItem>().CountAsync(), await context.Set<ContentVersion>().CountAsync(), await context.Set<AuditEvent>().CountAsync());
    }

    private sealed record SeededItem(
        Guid Id, ContentType Type, string Culture, Rendition Rendition, Guid VariantSetId, Guid OwnerDepartmentId, string Title,
        Guid LatestVersionId, Guid? PublishedVersionId, VersionState LatestState, ContentVersion Version, IReadOnlyDictionary<Vocabulary, List<string>> Terms);

    private async Task<List<SeededItem>> SeededItemsAsync()
    {
        await using var context = Host.Context();
        var items = await context.Set<ContentItem>().AsNoTracking().ToListAsync();
        var versions = await context.Set<ContentVersion>().AsNoTracking().ToDictionaryAsync(v => v.Id);
        var terms = await (from vt in context.Set<VersionTerm>()
                           join t in context.Set<Term>() on vt.TermId equals t.Id
                           select new { vt.VersionId, t.Vocabulary, t.Key }).ToListAsync();
        return [.. items.Select(i => new SeededItem(
            i.Id, i.Type, i.Culture, i.Rendition, i.VariantSetId, i.OwnerDepartmentId, i.Title, i.LatestVersionId, i.PublishedVersionId, i.LatestState,
            versions[i.LatestVersionId],
            terms.Where(t => t.VersionId == i.LatestVersionId).GroupBy(t => t.Vocabulary).ToDictionary(g => g.Key, g => g.Select(t => t.Key).ToList())))];
    }
}

public sealed class SqliteSeedTests(SqliteContentDatabaseFixture database) : SeedTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresSeedTests(PostgresContentDatabaseFixture database) : SeedTests(database), IClassFixture<PostgresContentDatabaseFixture>;
