using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Content.Workflow;

namespace Portal.Tests.Content.Api;

/// <summary>An editor, a reviewer and a publisher in a department of their own, working through the real host's services.</summary>
internal sealed class PortalNewsroom
{
    private readonly IServiceProvider services;

    private PortalNewsroom(IServiceProvider services, Guid department, ContentActor editor, ContentActor reviewer, ContentActor publisher)
    {
        this.services = services;
        Department = department;
        Editor = editor;
        Reviewer = reviewer;
        Publisher = publisher;
    }

    public Guid Department { get; }

    public ContentActor Editor { get; }

    public ContentActor Reviewer { get; }

    public ContentActor Publisher { get; }

    public ContentWorkflow Workflow => services.GetRequiredService<ContentWorkflow>();

    public static async Task<PortalNewsroom> CreateAsync(IServiceProvider services)
    {
        var departments = services.GetRequiredService<DepartmentAdministration>();
        var admin = ContentActor.Person("admin-" + Guid.NewGuid().ToString("N")[..8], isAdministrator: true);
        var key = "api-" + Guid.NewGuid().ToString("N")[..12];
        var created = await departments.CreateAsync(admin, key, "测试单位 " + key, "Test unit " + key, DepartmentSeed.RootId);
        Assert.True(created.Succeeded, created.ToString());
        var department = created.Value!.Id;
        async Task<ContentActor> Person(ContentRole role)
        {
            var actor = ContentActor.Person("user-" + Guid.NewGuid().ToString("N")[..12], [role]);
            Assert.True((await departments.GrantAsync(admin, actor.UserId, department, role, includesSubDepartments: false)).Succeeded);
            return actor;
        }

        return new PortalNewsroom(services, department, await Person(ContentRole.Editor), await Person(ContentRole.Reviewer), await Person(ContentRole.Publisher));
    }

    public async Task<SavedVersion> CreateAsync(ContentDraft draft, ContentType type = ContentType.Article, string culture = ContentCultures.Chinese, Guid? variantOf = null)
    {
        var created = await services.GetRequiredService<ContentEditor>().CreateAsync(Editor, type, new NewContentItem
        {
            OwnerDepartmentId = Department, Culture = culture, Rendition = Rendition.Standard, VariantOf = variantOf, Draft = draft,
        });
        Assert.True(created.Succeeded, created.ToString());
        return created.Value!;
    }

    public async Task<SavedVersion> SaveAsync(Guid itemId, Guid baseVersionId, ContentDraft draft)
    {
        var saved = await services.GetRequiredService<ContentEditor>().SaveDraftAsync(Editor, itemId, baseVersionId, draft);
        Assert.True(saved.Succeeded, saved.ToString());
        return saved.Value!;
    }

    public async Task PublishAsync(Guid versionId)
    {
        Assert.True((await Workflow.SubmitAsync(Editor, versionId)).Succeeded);
        Assert.True((await Workflow.ApproveAsync(Reviewer, versionId)).Succeeded);
        var published = await Workflow.PublishAsync(Publisher, versionId);
        Assert.True(published.Succeeded, published.ToString());
    }

    public async Task<SavedVersion> PublishedAsync(ContentDraft draft, ContentType type = ContentType.Article, string culture = ContentCultures.Chinese, Guid? variantOf = null)
    {
        var saved = await CreateAsync(draft, type, culture, variantOf);
        await PublishAsync(saved.VersionId);
        return saved;
    }
}
