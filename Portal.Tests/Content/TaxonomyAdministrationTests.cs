using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Taxonomy;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

[IntegrationTest]
public abstract class TaxonomyAdministrationTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    private TaxonomyAdministration Taxonomy => Host.Get<TaxonomyAdministration>();

    private static string UniqueKey(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task An_administrator_adds_a_term_under_a_parent_with_both_labels_and_editors_can_tag_with_it()
    {
        var key = UniqueKey("bus-drivers");
        var students = TaxonomySeed.IdOf(Vocabulary.Audience, "frontline-staff");

        var added = await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Audience, key, students, "客运司机和乘务员", "Bus drivers and attendants"));

        Assert.True(added.Succeeded, added.ToString());
        var parent = Assert.Single(await Host.Taxonomy.TreeAsync(Vocabulary.Audience, ContentCultures.English), t => t.Key == "frontline-staff");
        Assert.Equal("Bus drivers and attendants", Assert.Single(parent.Children).Label);
        var admin = Assert.Single(Flatten(await Taxonomy.TreeAsync(Vocabulary.Audience)), t => t.Key == key);
        Assert.Equal(("客运司机和乘务员", "Bus drivers and attendants", 0), (admin.LabelZh, admin.LabelEn, admin.VersionCount));

        var newsroom = await NewsroomAsync();
        var saved = await newsroom.CreateAsync(Drafts.Article().WithAudience(key));
        Assert.Contains(await Host.Taxonomy.TermsOfVersionAsync(saved.VersionId, ContentCultures.Chinese), t => t.Key == key && t.Label == "客运司机和乘务员");
    }

    [Fact]
    public async Task A_new_term_needs_a_valid_unique_key_both_labels_and_a_parent_of_the_same_vocabulary()
    {
        var existing = await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Topic, UniqueKey("debt-bondage"), null, "债务奴役", "Debt bondage"));
        Assert.True(existing.Succeeded, existing.ToString());

        var taken = await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Topic, existing.Value!.Key, null, "另一个", "Another"));
        var invalid = await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Topic, "Debt Bondage!", null, " ", null));
        var foreignParent = await Taxonomy.AddAsync(
            Host.Administrator, new NewTerm(Vocabulary.Topic, UniqueKey("x"), TaxonomySeed.IdOf(Vocabulary.Setting, "school"), "校园", "Campus"));
        var sameKeyElsewhere = await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Setting, existing.Value.Key, null, "债务", "Debt"));

        Assert.Equal([ContentCodes.KeyTaken], taken.Errors.Select(p => p.Code));
        Assert.Equal(
            [(ContentCodes.InvalidValue, "key"), (ContentCodes.Required, "labelZh"), (ContentCodes.Required, "labelEn")],
            invalid.Errors.Select(p => (p.Code, p.Field!)));
        Assert.Equal((ContentCodes.TermParentInvalid, "parentId"), Assert.Single(foreignParent.Errors) is var p ? (p.Code, p.Field!) : default);
        Assert.True(sameKeyElsewhere.Succeeded, "keys are unique per vocabulary, not across vocabularies");
    }

    [Fact]
    public async Task Labels_change_and_the_key_stays()
    {
        var added = await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Setting, UniqueKey("tourist-site"), null, "景区", "Tourist site"));
        var term = added.Value!;

        var relabelled = await Taxonomy.RelabelAsync(Host.Administrator, term.Id, "旅游景区", "Scenic area");
        var missing = await Taxonomy.RelabelAsync(Host.Administrator, term.Id, "旅游景区", "");

        Assert.True(relabelled.Succeeded, relabelled.ToString());
        Assert.Equal((ContentCodes.Required, "labelEn"), Assert.Single(missing.Errors) is var p ? (p.Code, p.Field!) : default);
        var node = Assert.Single(Flatten(await Taxonomy.TreeAsync(Vocabulary.Setting)), t => t.Id == term.Id);
        Assert.Equal((term.Key, "旅游景区", "Scenic area"), (node.Key, node.LabelZh, node.LabelEn));
    }

    [Fact]
    public async Task A_term_moves_under_another_parent_but_never_under_itself_or_its_descendants()
    {
        var top = (await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Setting, UniqueKey("workplaces"), null, "工作场所", "Workplaces"))).Value!;
        var child = (await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Setting, UniqueKey("factory"), top.Id, "工厂", "Factory"))).Value!;
        var grandchild = (await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Setting, UniqueKey("dormitory"), child.Id, "宿舍", "Dormitory"))).Value!;

        var underGrandchild = await Taxonomy.MoveAsync(Host.Administrator, top.Id, grandchild.Id);
        var underItself = await Taxonomy.MoveAsync(Host.Administrator, top.Id, top.Id);
        var otherVocabulary = await Taxonomy.MoveAsync(Host.Administrator, child.Id, TaxonomySeed.IdOf(Vocabulary.Topic, "forced-labour"));
        var moved = await Taxonomy.MoveAsync(Host.Administrator, grandchild.Id, TaxonomySeed.IdOf(Vocabulary.Setting, "community"));
        var toTop = await Taxonomy.MoveAsync(Host.Administrator, child.Id, null);

        Assert.Equal(ContentCodes.TermCycle, Assert.Single(underGrandchild.Errors).Code);
        Assert.Equal(ContentCodes.TermCycle, Assert.Single(underItself.Errors).Code);
        Assert.Equal(ContentCodes.TermParentInvalid, Assert.Single(otherVocabulary.Errors).Code);
        Assert.True(moved.Succeeded, moved.ToString());
        Assert.True(toTop.Succeeded, toTop.ToString());
        var tree = await Taxonomy.TreeAsync(Vocabulary.Setting);
        Assert.Contains(Assert.Single(tree, t => t.Key == "community").Children, t => t.Id == grandchild.Id);
        Assert.Equal(child.Id, tree[^1].Id);
        Assert.Empty(Assert.Single(tree, t => t.Id == top.Id).Children);
    }

    [Fact]
    public async Task Reordering_puts_a_term_at_a_position_among_its_siblings()
    {
        var parent = (await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Topic, UniqueKey("online"), null, "网络风险", "Online risks"))).Value!;
        var keys = new List<string>();
        foreach (var (zh, en) in new[] { ("网络交友", "Online dating"), ("网络招聘", "Online job ads"), ("网络游戏", "Online games") })
        {
            keys.Add((await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Topic, UniqueKey("o"), parent.Id, zh, en))).Value!.Key);
        }

        var last = Flatten(await Taxonomy.TreeAsync(Vocabulary.Topic)).Single(t => t.Key == keys[2]);
        Assert.True((await Taxonomy.ReorderAsync(Host.Administrator, last.Id, 0)).Succeeded);

        var children = Assert.Single(await Taxonomy.TreeAsync(Vocabulary.Topic), t => t.Id == parent.Id).Children;
        Assert.Equal([keys[2], keys[0], keys[1]], children.Select(c => c.Key));
    }

    [Fact]
    public async Task A_term_a_version_uses_or_with_children_cannot_be_deleted_an_unused_leaf_can()
    {
        var newsroom = await NewsroomAsync();
        var used = (await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Audience, UniqueKey("truck-drivers"), null, "货车司机", "Truck drivers"))).Value!;
        var parent = (await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Audience, UniqueKey("seasonal"), null, "季节工", "Seasonal workers"))).Value!;
        var leaf = (await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Audience, UniqueKey("pickers"), parent.Id, "采摘工", "Fruit pickers"))).Value!;
        var saved = await newsroom.CreateAsync(Drafts.Article().WithAudience(used.Key));
        // A later draft without the term: the first version still names it, and versions are history.
        await newsroom.SaveAsync(saved.ItemId, saved.VersionId, Drafts.Article());

        var inUse = await Taxonomy.DeleteAsync(Host.Administrator, used.Id);
        var withChildren = await Taxonomy.DeleteAsync(Host.Administrator, parent.Id);
        var deleted = await Taxonomy.DeleteAsync(Host.Administrator, leaf.Id);

        var problem = Assert.Single(inUse.Errors);
        Assert.Equal((ContentCodes.TermInUse, "1"), (problem.Code, problem.Value));
        Assert.Equal(ContentCodes.TermHasChildren, Assert.Single(withChildren.Errors).Code);
        Assert.True(deleted.Succeeded, deleted.ToString());
        var remaining = Flatten(await Taxonomy.TreeAsync(Vocabulary.Audience)).ToList();
        Assert.Contains(remaining, t => t.Id == used.Id && t.VersionCount == 1);
        Assert.DoesNotContain(remaining, t => t.Id == leaf.Id);
        Assert.True((await Taxonomy.DeleteAsync(Host.Administrator, parent.Id)).Succeeded, "a parent whose children are gone can go");
    }

    [Fact]
    public async Task Only_administrators_change_taxonomies_and_the_grade_band_is_fixed()
    {
        var newsroom = await NewsroomAsync();
        var term = (await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.Region, UniqueKey("r"), null, "测试地区", "Test region"))).Value!;

        var results = new[]
        {
            (await Taxonomy.AddAsync(newsroom.Editor, new NewTerm(Vocabulary.Audience, UniqueKey("x"), null, "某人群", "Someone"))).Failure,
            (await Taxonomy.RelabelAsync(newsroom.Publisher, term.Id, "改名", "Renamed")).Failure,
            (await Taxonomy.MoveAsync(newsroom.Reviewer, term.Id, null)).Failure,
            (await Taxonomy.ReorderAsync(newsroom.Editor, term.Id, 0)).Failure,
            (await Taxonomy.DeleteAsync(newsroom.Editor, term.Id)).Failure,
        };
        var gradeBand = await Taxonomy.AddAsync(Host.Administrator, new NewTerm(Vocabulary.GradeBand, UniqueKey("kindergarten"), null, "幼儿园", "Kindergarten"));

        Assert.All(results, failure => Assert.Equal(Failure.Forbidden, failure));
        Assert.Equal(ContentCodes.VocabularyFixed, Assert.Single(gradeBand.Errors).Code);
        var audit = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ActorId = newsroom.Editor.UserId });
        Assert.Equal(0, audit.TotalCount);
    }

    [Fact]
    public async Task Every_change_is_audited_with_the_administrator_vocabulary_and_key()
    {
        var administrator = ContentActor.Person("admin-" + Guid.NewGuid().ToString("N")[..8], isAdministrator: true);
        var term = (await Taxonomy.AddAsync(administrator, new NewTerm(Vocabulary.Topic, UniqueKey("begging"), null, "组织乞讨", "Organised begging"))).Value!;
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        await Taxonomy.RelabelAsync(administrator, term.Id, "组织儿童乞讨", "Organised child begging");
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        await Taxonomy.MoveAsync(administrator, term.Id, TaxonomySeed.IdOf(Vocabulary.Topic, "forced-begging"));
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        await Taxonomy.ReorderAsync(administrator, term.Id, 0);
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        await Taxonomy.DeleteAsync(administrator, term.Id);

        var trail = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ActorId = administrator.UserId });

        Assert.Equal(
            [AuditAction.TermDeleted, AuditAction.TermReordered, AuditAction.TermMoved, AuditAction.TermRelabelled, AuditAction.TermAdded],
            trail.Items.Select(e => e.Action));
        Assert.All(trail.Items, e => Assert.StartsWith($"Topic:{term.Key} ", e.Summary, StringComparison.Ordinal));
        Assert.Contains("→ forced-begging", trail.Items[2].Summary, StringComparison.Ordinal);
        Assert.Contains("组织儿童乞讨 / Organised child begging", trail.Items[0].Summary, StringComparison.Ordinal);
        var typed = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ActorId = administrator.UserId, Actions = [AuditAction.TermMoved, AuditAction.TermAdded] });
        Assert.Equal([AuditAction.TermMoved, AuditAction.TermAdded], typed.Items.Select(e => e.Action));
    }

    private static IEnumerable<TermAdminNode> Flatten(IEnumerable<TermAdminNode> nodes) => nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}

public sealed class SqliteTaxonomyAdministrationTests(SqliteContentDatabaseFixture database) : TaxonomyAdministrationTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresTaxonomyAdministrationTests(PostgresContentDatabaseFixture database) : TaxonomyAdministrationTests(database), IClassFixture<PostgresContentDatabaseFixture>;
