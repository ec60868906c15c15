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

public abstract partial class EditingTests
{
    [Fact]
    public async Task An_editor_without_a_grant_in_the_items_department_is_refused()
    {
        var newsroom = await NewsroomAsync();
        var otherDepartment = await Host.NewDepartmentAsync();
        var outsider = await Host.PersonAsync(otherDepartment, ContentRole.Editor);
        var created = await newsroom.CreateAsync();

        var save = await Host.Editor.SaveDraftAsync(outsider, created.ItemId, created.VersionId, Drafts.Article());
        var create = await Host.Editor.CreateAsync(outsider, ContentType.Article, new NewContentItem { OwnerDepartmentId = newsroom.Department, Draft = Drafts.Article() });

        Assert.Equal((Failure.Forbidden, ContentCodes.AccessDenied), (save.Failure, Assert.Single(save.Errors).Code));
        Assert.Equal(Failure.Forbidden, create.Failure);
        Assert.Equal(1, (await Host.ItemAsync(created.ItemId)).LatestNumber);
    }

    [Fact]
    public async Task A_grant_reaches_sub_departments_only_when_given_with_them_and_only_with_the_identity_role()
    {
        var parent = await Host.NewDepartmentAsync();
        var child = await Host.NewDepartmentAsync(parent);
        var parentOnly = await Host.PersonAsync(parent, ContentRole.Editor);
        var withChildren = ContentActor.Person("user-" + Guid.NewGuid().ToString("N")[..12], ContentRole.Editor);
        Assert.True((await Host.Departments.GrantAsync(Host.Administrator, withChildren.UserId, parent, ContentRole.Editor, includesSubDepartments: true)).Succeeded);
        var roleRemoved = ContentActor.Person(withChildren.UserId);
        NewContentItem InChild() => new() { OwnerDepartmentId = child, Draft = Drafts.Article() };

        Assert.Equal(Failure.Forbidden, (await Host.Editor.CreateAsync(parentOnly, ContentType.Article, InChild())).Failure);
        Assert.True((await Host.Editor.CreateAsync(withChildren, ContentType.Article, InChild())).Succeeded);
        Assert.Equal(Failure.Forbidden, (await Host.Editor.CreateAsync(roleRemoved, ContentType.Article, InChild())).Failure);
    }

    [Fact]
    public async Task Only_administrators_grant_roles()
    {
        var newsroom = await NewsroomAsync();

        var result = await Host.Departments.GrantAsync(newsroom.Editor, newsroom.Editor.UserId, DepartmentSeed.PublicityId, ContentRole.Publisher, includesSubDepartments: true);

        Assert.Equal((Failure.Forbidden, ContentCodes.AdministratorRequired), (result.Failure, Assert.Single(result.Errors).Code));
    }
}
