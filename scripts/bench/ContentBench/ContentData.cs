using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Search;
using Portal.Content.Taxonomy;
using Portal.Content.Types;
using Portal.Content.Workflow;

/// <summary>
/// Plausible CMS data for the benchmark, deterministic for a given size: items of six types owned by the seeded
/// departments, 70% of them in Chinese, each with one version of 6–12 sentences (200–500 characters) drawn from the
/// topics of the regulation, tagged with one or two audiences and topics and sometimes a setting; spread over three
/// years. Besides the live items, about 40% more are drafts, in review, approved, changes requested, unpublished or
/// archived. Rows are written in bulk (they skip the editor's validation, which the benchmark does not measure); the
/// search index is then built by the real <see cref="ContentSearchIndexer"/>. Items made for the publishing benchmark
/// go through the real editor and workflow instead.
/// </summary>
internal sealed class ContentData(IDbContextFactory<ContentDbContext> contexts, ContentSearchIndexer indexer, int live)
{
    private static readonly string[] ChineseTitles =
    [
        "如何识别拐卖人口", "警惕高薪招工骗局", "火车站反拐提示", "外出务工安全须知", "孩子走失怎么办", "网络交友防骗指南", "涉外婚姻中介的风险",
        "被拐卖受害人的权利", "发现拐卖线索如何举报", "学校防拐安全课", "汽车站工作人员须知", "宾馆酒店登记提醒", "残疾人防拐易读版", "强迫劳动的常见迹象",
        "境外务工前的安全核实", "举报奖励办法问答", "农村留守儿童保护", "娱乐场所从业人员提示",
    ];

    private static readonly string[] ChineseSentences =
    [
        "拐卖妇女儿童是严重侵犯人身权利的犯罪行为。", "有人以高薪招工为名，骗取身份证后限制人身自由。", "在火车站遇到主动搭讪、许诺好工作的陌生人，要提高警惕。",
        "发现疑似被拐卖的人员，请立即拨打110报警。", "也可以通过本网站的在线举报表提交线索，我们会为举报人保密。", "不要把孩子交给陌生人照看，外出时让孩子待在视线范围内。",
        "网上认识的朋友约你去外地见面，要先告诉家人并核实对方身份。", "出国务工前，要到人力资源社会保障部门核实招聘单位的资质。", "任何单位和个人不得扣押劳动者的身份证件。",
        "车站、码头、机场和宾馆的工作人员发现可疑情况应当及时报告。", "学校应当把预防拐卖教育纳入安全教育内容。", "被拐卖的受害人依法得到救助、安置和心理辅导。",
        "收买被拐卖的妇女儿童同样是犯罪。", "以介绍婚姻为名骗取钱财或者买卖婚姻的，依法追究责任。", "强迫他人乞讨或者从事劳动的，公安机关依法查处。",
        "残疾人及其监护人可以通过易读版、大字版和手语视频了解防拐知识。", "村委会和居委会应当协助做好流动人口的登记和服务。", "举报线索经查证属实的，按照规定给予奖励。",
        "陌生人以带你找工作、介绍对象为由让你跟他走，要坚决拒绝。", "求职时不要轻信“无需经验、月薪过万”的招聘广告。", "遇到危险时，记住周围的标志物，寻找机会向警察或工作人员求助。",
        "家长要教会孩子记住父母的电话和家庭住址。", "跨境务工要通过正规渠道办理手续，不要把护照交给中介保管。", "各级反拐工作联席会议负责组织、协调和督促检查。",
    ];

    private static readonly string[] EnglishTitles =
    [
        "How to recognise human trafficking", "Recruitment fraud: the warning signs", "Safety at the railway station", "Before you work away from home",
        "What to do if a child goes missing", "Staying safe when making friends online", "Your rights as a victim of trafficking", "How to report a lead",
        "Easy read: keeping safe", "Checking a job offer abroad",
    ];

    private static readonly string[] EnglishSentences =
    [
        "Trafficking in women and children is a serious crime against the person.", "Some recruiters promise high pay and then take your identity card.",
        "If a stranger at the station offers you a good job, be careful.", "If you think someone has been trafficked, call 110 at once.",
        "You can also send a lead through the online form on this site; we keep your name confidential.", "Never leave a child with a stranger.",
        "Before working abroad, check the employer with the human resources and social security bureau.", "No employer may keep your identity documents.",
        "Staff at stations, ports, airports and hotels should report anything suspicious.", "Victims of trafficking receive help, shelter and counselling.",
        "Buying a trafficked woman or child is also a crime.", "Do not believe a job offer that needs no experience and pays ten thousand a month.",
        "Teach children their parents' phone number and home address.", "Do not hand your passport to an agent.",
    ];

    private static readonly string[] Audiences =
    [
        "students-primary", "students-junior-high", "students-senior-high", "students-vocational", "teachers", "parents", "rural-communities", "migrant-workers",
        "travellers", "frontline-staff", "disability-visual", "disability-hearing", "disability-intellectual", "cross-border-marriage", "general-public",
    ];

    private static readonly string[] Topics =
    [
        "recruitment-fraud", "child-abduction", "marriage-fraud", "forced-labour", "online-lures", "illegal-adoption", "forced-begging", "sexual-exploitation",
        "organ-trafficking", "how-to-report", "victims-rights",
    ];

    private static readonly string[] Settings = ["school", "railway-station", "bus-station", "airport", "port", "hotel", "entertainment-venue", "community", "online"];

    private readonly string run = Guid.NewGuid().ToString("N")[..8];

    public IReadOnlyList<Guid> Departments { get; private set; } = [];

    public async Task<string> CountAsync()
    {
        await using var context = await contexts.CreateDbContextAsync();
        var items = await context.Set<ContentItem>().CountAsync();
        var liveItems = await context.Set<ContentItem>().CountAsync(i => i.PublishedVersionId != null);
        var postings = await context.Set<SearchPosting>().LongCountAsync();
        return string.Create(CultureInfo.InvariantCulture, $"{items} items, {liveItems} live, {postings} search postings");
    }

    /// <summary>Adds items until at least <c>live</c> are live, then builds the search indexes (live and working copies) and updates the statistics.</summary>
    public async Task EnsureAsync()
    {
        await using (var context = await contexts.CreateDbContextAsync())
        {
            Departments = await context.Set<Department>().AsNoTracking().OrderBy(d => d.Key).Select(d => d.Id).ToListAsync();
            var existing = await context.Set<ContentItem>().CountAsync(i => i.PublishedVersionId != null && i.Slug.StartsWith("bench-"));
            if (existing >= live)
            {
                return;
            }
        }

        var started = Stopwatch.GetTimestamp();
        var random = new Random(20261130);
        var now = TimeProvider.System.GetUtcNow();
        var made = 0;
        var liveMade = 0;
        while (liveMade < live)
        {
            await using var context = await contexts.CreateDbContextAsync();
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < 500 && liveMade < live; i++, made++)
            {
                var state = State(random);
                liveMade += state == VersionState.Published ? 1 : 0;
                Add(context, random, made, state, now);
            }

            await context.SaveChangesAsync();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data: {made} items, {liveMade} live"));
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data: rows written in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));
        var indexing = Stopwatch.GetTimestamp();
        var result = await indexer.RebuildAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Search indexes rebuilt (reindex-content) over {result.ItemsChecked} items, {result.ItemsIndexed} live, in {Stopwatch.GetElapsedTime(indexing).TotalSeconds:F0} s."));

        await using (var context = await contexts.CreateDbContextAsync())
        {
            await context.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
    }

    public async Task<ContentActor> EditorAsync() => await PersonAsync("editor", ContentRole.Editor, 3);

    public async Task<ContentActor> PublisherAsync() => await PersonAsync("publisher", ContentRole.Publisher, 1);

    /// <summary>New articles in department 0, written, submitted and approved through the real services.</summary>
    public async Task<IReadOnlyList<Guid>> ApprovedArticlesAsync(int count, ContentEditor editor, ContentWorkflow workflow)
    {
        var (author, reviewer) = (await PersonAsync("author", ContentRole.Editor, 1), await PersonAsync("reviewer", ContentRole.Reviewer, 1));
        var random = new Random();
        var versions = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var created = Check(await editor.CreateAsync(author, ContentType.Article, new NewContentItem
            {
                OwnerDepartmentId = Departments[0], Culture = ContentCultures.Chinese, Rendition = Rendition.Standard, Draft = Draft(random, $"{run}-{i}"),
            }));
            Check(await workflow.SubmitAsync(author, created.VersionId));
            Check(await workflow.ApproveAsync(reviewer, created.VersionId));
            versions.Add(created.VersionId);
        }

        return versions;
    }

    /// <summary>Live articles with a newer approved version each, through the real services.</summary>
    public async Task<IReadOnlyList<Guid>> ApprovedUpdatesOfLiveArticlesAsync(int count, ContentEditor editor, ContentWorkflow workflow)
    {
        var (author, reviewer, publisher) = (await PersonAsync("author", ContentRole.Editor, 1), await PersonAsync("reviewer", ContentRole.Reviewer, 1), await PublisherAsync());
        var random = new Random();
        var versions = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var created = Check(await editor.CreateAsync(author, ContentType.Article, new NewContentItem
            {
                OwnerDepartmentId = Departments[0], Culture = ContentCultures.Chinese, Rendition = Rendition.Standard, Draft = Draft(random, $"{run}-u{i}"),
            }));
            Check(await workflow.SubmitAsync(author, created.VersionId));
            Check(await workflow.ApproveAsync(reviewer, created.VersionId));
            Check(await workflow.PublishAsync(publisher, created.VersionId));
            var saved = Check(await editor.SaveDraftAsync(author, created.ItemId, created.VersionId, Draft(random, $"{run}-u{i}")));
            Check(await workflow.SubmitAsync(author, saved.VersionId));
            Check(await workflow.ApproveAsync(reviewer, saved.VersionId));
            versions.Add(saved.VersionId);
        }

        return versions;
    }

    private static T Check<T>(ContentResult<T> result) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException(result.ToString());

    private async Task<ContentActor> PersonAsync(string name, ContentRole role, int departments)
    {
        var administration = new DepartmentAdministration(new ContentContexts(contexts), TimeProvider.System);
        var admin = ContentActor.Person("bench-admin", isAdministrator: true);
        var actor = ContentActor.Person($"bench-{name}-{run}", role);
        foreach (var department in Departments.Take(departments))
        {
            Check(await administration.GrantAsync(admin, actor.UserId, department, role, includesSubDepartments: false));
        }

        return actor;
    }

    private static ContentDraft Draft(Random random, string tail)
    {
        var sentences = Enumerable.Range(0, random.Next(6, 13)).Select(_ => ChineseSentences[random.Next(ChineseSentences.Length)]).ToList();
        return new ContentDraft
        {
            Title = $"{ChineseTitles[random.Next(ChineseTitles.Length)]} {tail}",
            Summary = sentences[0],
            Fields = new ArticleFields { Byline = "省委宣传部" },
            Blocks = [.. sentences.Chunk(4).Select(chunk => (Block)new RichTextBlock { Id = Guid.NewGuid(), Html = "<p>" + string.Concat(chunk) + "</p>" })],
            Terms = new Dictionary<Vocabulary, IReadOnlyList<string>>
            {
                [Vocabulary.Audience] = [Audiences[random.Next(Audiences.Length)]],
                [Vocabulary.Topic] = [Topics[random.Next(Topics.Length)]],
            },
        };
    }

    private static VersionState State(Random random) => random.Next(100) switch
    {
        < 70 => VersionState.Published,
        < 80 => VersionState.Draft,
        < 86 => VersionState.InReview,
        < 89 => VersionState.Approved,
        < 91 => VersionState.ChangesRequested,
        < 96 => VersionState.Unpublished,
        _ => VersionState.Archived,
    };

    private void Add(ContentDbContext context, Random random, int n, VersionState state, DateTimeOffset now)
    {
        var chinese = random.Next(10) < 7;
        var (titles, sentences) = chinese ? (ChineseTitles, ChineseSentences) : (EnglishTitles, EnglishSentences);
        var type = random.Next(100) switch
        {
            < 40 => ContentType.Article,
            < 55 => ContentType.Faq,
            < 70 => ContentType.Lesson,
            < 80 => ContentType.Poster,
            < 90 => ContentType.Resource,
            _ => ContentType.Page,
        };
        var title = chinese ? $"{titles[random.Next(titles.Length)]}（{n}）" : $"{titles[random.Next(titles.Length)]} ({n})";
        var body = Enumerable.Range(0, random.Next(6, 13)).Select(_ => sentences[random.Next(sentences.Length)]).ToList();
        var summary = body[0];
        ContentFields fields = type switch
        {
            ContentType.Article => new ArticleFields { Byline = chinese ? "省委宣传部" : "Publicity Department" },
            ContentType.Faq => new FaqFields { ShortAnswer = body[^1] },
            ContentType.Lesson => new LessonFields { GradeBand = "primary", DurationMinutes = 40, Objectives = [body[0]] },
            ContentType.Poster => new PosterFields(),
            ContentType.Resource => new ResourceFields(),
            _ => new PageFields(),
        };
        var blocks = body.Chunk(4).Select(chunk => (Block)new RichTextBlock { Id = Guid.NewGuid(), Html = "<p>" + string.Join(chinese ? "" : " ", chunk) + "</p>" }).ToList();
        var created = now.AddMinutes(-random.Next(3 * 365 * 24 * 60));
        var updated = created.AddMinutes(random.Next(60 * 24 * 30));
        var wasLive = state is VersionState.Published or VersionState.Unpublished or VersionState.Archived;
        var item = new ContentItem
        {
            Id = Guid.CreateVersion7(created), Type = type, OwnerDepartmentId = Departments[random.Next(Departments.Count)], VariantSetId = Guid.NewGuid(),
            Culture = chinese ? ContentCultures.Chinese : ContentCultures.English, Rendition = random.Next(20) == 0 ? Rendition.EasyRead : Rendition.Standard,
            Slug = string.Create(CultureInfo.InvariantCulture, $"bench-{n}"), LatestNumber = 1, LatestState = state, Title = title,
            CreatedBy = "bench-editor", CreatedAt = created, UpdatedAt = updated,
            FirstPublishedAt = wasLive ? updated : null,
        };
        var version = new ContentVersion
        {
            Id = Guid.CreateVersion7(created), ItemId = item.Id, Number = 1, Title = title, Summary = summary, Slug = item.Slug,
            BodyJson = BlockJson.Serialize(blocks), FieldsJson = JsonSerializer.Serialize(fields, BlockJson.Options),
            PlainText = string.Join('\n', new[] { title, summary }.Concat(fields.PlainText()).Concat(blocks.SelectMany(b => b.PlainText()))),
            AuthorId = "bench-editor", CreatedAt = created, State = state,
            ApprovedBy = state is VersionState.Approved || wasLive ? "bench-reviewer" : null, ApprovedAt = state is VersionState.Approved || wasLive ? updated : null,
            PublishedBy = wasLive ? "bench-publisher" : null, PublishedAt = wasLive ? updated : null,
        };
        item.LatestVersionId = version.Id;
        if (state == VersionState.Published)
        {
            item.PublishedVersionId = version.Id;
            item.PublishedAt = updated;
        }

        context.Add(item);
        context.Add(version);
        var terms = new List<Guid>
        {
            TaxonomySeed.IdOf(Vocabulary.Audience, Audiences[random.Next(Audiences.Length)]),
            TaxonomySeed.IdOf(Vocabulary.Topic, Topics[random.Next(Topics.Length)]),
        };
        if (random.Next(2) == 0)
        {
            terms.Add(TaxonomySeed.IdOf(Vocabulary.Audience, Audiences[random.Next(Audiences.Length)]));
        }

        if (random.Next(3) == 0)
        {
            terms.Add(TaxonomySeed.IdOf(Vocabulary.Setting, Settings[random.Next(Settings.Length)]));
        }

        context.AddRange(terms.Distinct().Select(t => new VersionTerm { VersionId = version.Id, TermId = t }));
    }
}
