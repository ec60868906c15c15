using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

[IntegrationTest]
public abstract class DepartmentAdministrationTests(ContentDatabaseFixture database) : ContentTestBase(database)
{
    private DepartmentAdministration Departments => Host.Departments;

    [Fact]
    public async Task A_department_is_renamed_in_both_languages_and_keeps_its_key()
    {
        var id = await Host.NewDepartmentAsync();
        var key = (await Departments.ListAsync()).Single(d => d.Id == id).Key;

        var renamed = await Departments.RenameAsync(Host.Administrator, id, "兰州市城关区妇联", "Chengguan District Women's Federation");
        var missing = await Departments.RenameAsync(Host.Administrator, id, "", "Only English");

        Assert.True(renamed.Succeeded, renamed.ToString());
        Assert.Equal((ContentCodes.Required, "nameZh"), Assert.Single(missing.Errors) is var p ? (p.Code, p.Field!) : default);
        var department = (await Departments.ListAsync()).Single(d => d.Id == id);
        Assert.Equal((key, "兰州市城关区妇联", "Chengguan District Women's Federation"), (department.Key, department.NameZh, department.NameEn));
    }

    [Fact]
    public async Task A_department_moves_under_another_but_never_under_itself_or_below_it_and_the_root_stays()
    {
        var parent = await Host.NewDepartmentAsync();
        var child = await Host.NewDepartmentAsync(parent);
        var grandchild = await Host.NewDepartmentAsync(child);
        var elsewhere = await Host.NewDepartmentAsync();

        var cycle = await Departments.MoveAsync(Host.Administrator, parent, grandchild);
        var itself = await Departments.MoveAsync(Host.Administrator, parent, parent);
        var unknown = await Departments.MoveAsync(Host.Administrator, child, Guid.NewGuid());
        var root = await Departments.MoveAsync(Host.Administrator, DepartmentSeed.RootId, elsewhere);
        var moved = await Departments.MoveAsync(Host.Administrator, child, elsewhere);

        Assert.Equal(ContentCodes.DepartmentCycle, Assert.Single(cycle.Errors).Code);
        Assert.Equal(ContentCodes.DepartmentCycle, Assert.Single(itself.Errors).Code);
        Assert.Equal(ContentCodes.UnknownDepartment, Assert.Single(unknown.Errors).Code);
        Assert.Equal(ContentCodes.UnknownDepartment, Assert.Single(root.Errors).Code);
        Assert.True(moved.Succeeded, moved.ToString());
        var all = await Departments.ListAsync();
        Assert.Equal(elsewhere, all.Single(d => d.Id == child).ParentId);
        Assert.Equal(child, all.Single(d => d.Id == grandchild).ParentId);
    }

    [Fact]
    public async Task A_grant_with_sub_departments_follows_a_moved_department()
    {
        var first = await Host.NewDepartmentAsync();
        var second = await Host.NewDepartmentAsync();
        var unit = await Host.NewDepartmentAsync(first);
        var editor = ContentActor.Person("user-" + Guid.NewGuid().ToString("N")[..12], ContentRole.Editor);
        Assert.True((await Departments.GrantAsync(Host.Administrator, editor.UserId, first, ContentRole.Editor, includesSubDepartments: true)).Succeeded);
        var before = await Host.Editor.CreateAsync(editor, Portal.Content.Types.ContentType.Article, new Portal.Content.Items.NewContentItem { OwnerDepartmentId = unit, Draft = Drafts.Article() });

        Assert.True((await Departments.MoveAsync(Host.Administrator, unit, second)).Succeeded);
        var after = await Host.Editor.CreateAsync(editor, Portal.Content.Types.ContentType.Article, new Portal.Content.Items.NewContentItem { OwnerDepartmentId = unit, Draft = Drafts.Article() });

        Assert.True(before.Succeeded, before.ToString());
        Assert.Equal(Failure.Forbidden, after.Failure);
    }

    [Fact]
    public async Task A_taken_key_is_named_as_taken()
    {
        var id = await Host.NewDepartmentAsync();
        var key = (await Departments.ListAsync()).Single(d => d.Id == id).Key;

        var again = await Departments.CreateAsync(Host.Administrator, key, "重复", "Duplicate", DepartmentSeed.RootId);

        Assert.Equal((ContentCodes.KeyTaken, "key"), Assert.Single(again.Errors) is var p ? (p.Code, p.Field!) : default);
    }

    [Fact]
    public async Task Only_administrators_rename_move_grant_and_revoke_and_each_change_is_audited()
    {
        var newsroom = await NewsroomAsync();
        var other = await Host.NewDepartmentAsync();
        var administrator = ContentActor.Person("admin-" + Guid.NewGuid().ToString("N")[..8], isAdministrator: true);

        Assert.Equal(Failure.Forbidden, (await Departments.RenameAsync(newsroom.Editor, newsroom.Department, "改名", "Renamed")).Failure);
        Assert.Equal(Failure.Forbidden, (await Departments.MoveAsync(newsroom.Publisher, newsroom.Department, other)).Failure);
        Assert.Equal(Failure.Forbidden, (await Departments.GrantAsync(newsroom.Editor, newsroom.Editor.UserId, other, ContentRole.Publisher, false)).Failure);
        Assert.Equal(Failure.Forbidden, (await Departments.RevokeAsync(newsroom.Reviewer, newsroom.Editor.UserId, newsroom.Department, ContentRole.Editor)).Failure);

        Assert.True((await Departments.RenameAsync(administrator, newsroom.Department, "新名称", "New name")).Succeeded);
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await Departments.MoveAsync(administrator, newsroom.Department, other)).Succeeded);
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await Departments.GrantAsync(administrator, newsroom.Editor.UserId, newsroom.Department, ContentRole.Publisher, false)).Succeeded);
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True((await Departments.RevokeAsync(administrator, newsroom.Editor.UserId, newsroom.Department, ContentRole.Publisher)).Succeeded);

        var trail = await Host.Audit.QueryAsync(Host.Administrator, new AuditQuery { ActorId = administrator.UserId });
        Assert.Equal([AuditAction.GrantRevoked, AuditAction.GrantAdded, AuditAction.DepartmentMoved, AuditAction.DepartmentRenamed], trail.Items.Select(e => e.Action));
        Assert.All(trail.Items, e => Assert.Equal(newsroom.Department, e.DepartmentId));
        // The department's own people see its administration in their audit view.
        var seenByEditor = await Host.Audit.QueryAsync(newsroom.Editor, new AuditQuery { ActorId = administrator.UserId });
        Assert.Equal(4, seenByEditor.TotalCount);
    }
}

public sealed class SqliteDepartmentAdministrationTests(SqliteContentDatabaseFixture database) : DepartmentAdministrationTests(database), IClassFixture<SqliteContentDatabaseFixture>;

public sealed class PostgresDepartmentAdministrationTests(PostgresContentDatabaseFixture database) : DepartmentAdministrationTests(database), IClassFixture<PostgresContentDatabaseFixture>;
