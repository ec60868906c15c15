using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Portal.Content;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Data;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Publication;
using Portal.Content.Revisions;
using Portal.Content.Slugs;
using Portal.Content.Taxonomy;
using Portal.Content.Workflow;
using Portal.Storage.Blobs;

namespace Portal.Tests.Content;

/// <summary>
/// The Content module as the web host registers it (<see cref="ContentModule.AddContentModule"/>), on a test database,
/// with a fake clock and a recording publication listener. The hosted scheduler is not started: tests run rounds
/// themselves. Two hosts on one database are two web nodes.
/// </summary>
public sealed class ContentHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 1, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider services;

    private ContentHarness(ServiceProvider services, FakeTimeProvider time, RecordingPublicationListener listener)
    {
        this.services = services;
        Time = time;
        Listener = listener;
    }

    public IServiceProvider Services => services;

    public FakeTimeProvider Time { get; }

    public RecordingPublicationListener Listener { get; }

    public ContentActor Administrator { get; } = ContentActor.Person("admin-" + Guid.NewGuid().ToString("N")[..8], isAdministrator: true);

    public ContentEditor Editor => Get<ContentEditor>();

    public ContentWorkflow Workflow => Get<ContentWorkflow>();

    public ContentRevisions Revisions => Get<ContentRevisions>();

    public ContentVariants Variants => Get<ContentVariants>();

    public ContentCatalog Catalog => Get<ContentCatalog>();

    public ContentRedirects Redirects => Get<ContentRedirects>();

    public ContentAuditLog Audit => Get<ContentAuditLog>();

    public ContentTaxonomy Taxonomy => Get<ContentTaxonomy>();

    public DepartmentAdministration Departments => Get<DepartmentAdministration>();

    internal ScheduledPublicationRunner Scheduler => Get<ScheduledPublicationRunner>();

    public MediaLibrary Media => Get<MediaLibrary>();

    /// <param name="blobs">The blob store of the media library; by default a file-system store in a new temporary folder.</param>
    /// <param name="settings">More configuration, e.g. <c>Content:Media:MaxBytes:Image</c>.</param>
    public static ContentHarness Create(ContentDatabaseFixture database, FakeTimeProvider? time = null, IBlobStore? blobs = null, IDictionary<string, string?>? settings = null)
    {
        time ??= new FakeTimeProvider(Start);
        var listener = new RecordingPublicationListener();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["Database:ConnectionString"] = database.ConnectionString,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton(blobs ?? new FileSystemBlobStore(Directory.CreateTempSubdirectory("portal-content-blobs-").FullName));

        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IContentPublicationListener>(listener);
        builder.AddContentModule();
        return new ContentHarness(builder.Services.BuildServiceProvider(validateScopes: true), time, listener);
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    internal ContentDbContext Context() => Get<IDbContextFactory<ContentDbContext>>().CreateDbContext();

    /// <summary>A new department under the joint conference, so a test's grants and items are its own.</summary>
    public async Task<Guid> NewDepartmentAsync(Guid? parent = null)
    {
        var key = "test-" + Guid.NewGuid().ToString("N")[..12];
        var created = await Departments.CreateAsync(Administrator, key, "测试单位 " + key, "Test unit " + key, parent ?? DepartmentSeed.RootId);
        Assert.True(created.Succeeded, created.ToString());
        return created.Value!.Id;
    }

    /// <summary>A person holding <paramref name="roles"/> as Identity roles, each granted in <paramref name="department"/>.</summary>
    public async Task<ContentActor> PersonAsync(Guid department, params ContentRole[] roles)
    {
        var actor = ContentActor.Person("user-" + Guid.NewGuid().ToString("N")[..12], roles);
        foreach (var role in roles)
        {
            Assert.True((await Departments.GrantAsync(Administrator, actor.UserId, department, role, includesSubDepartments: false)).Succeeded);
        }

        return actor;
    }

    internal async Task<ContentVersion> VersionAsync(Guid versionId)
    {
        await using var context = Context();
        return await context.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == versionId);
    }

    internal async Task<ContentItem> ItemAsync(Guid itemId)
    {
        await using var context = Context();
        return await context.Set<ContentItem>().AsNoTracking().SingleAsync(i => i.Id == itemId);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
