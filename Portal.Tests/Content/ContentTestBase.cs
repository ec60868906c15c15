namespace Portal.Tests.Content;

/// <summary>Each test gets its own host (clock, listener) on the class's shared database.</summary>
public abstract class ContentTestBase(ContentDatabaseFixture database) : IAsyncLifetime
{
    protected ContentDatabaseFixture Database { get; } = database;

    protected ContentHarness Host { get; set; } = null!;

    public virtual Task InitializeAsync()
    {
        Host = ContentHarness.Create(Database);
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync() => await Host.DisposeAsync();

    private protected Task<Newsroom> NewsroomAsync() => Newsroom.CreateAsync(Host);
}
