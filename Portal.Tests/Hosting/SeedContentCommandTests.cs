using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Data;
using Portal.Content.Items;
using Portal.Content.Seed;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Hosting;

/// <summary>Seeding as an operator meets it: at start-up when <c>Content:Seed:Enabled</c> is on, and the <c>seed-content</c> command.</summary>
[ProcessTest]
public sealed class SeedContentCommandTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    private string ConnectionString => $"Data Source={folder.File("portal.db")}";

    [Fact]
    public async Task Seed_content_fills_an_empty_database_once_and_then_leaves_it_alone()
    {
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["Database__ConnectionString"] = ConnectionString,
            ["Storage__FileSystemRoot"] = folder.File("blobs"),
        };

        var first = await PortalProcess.RunAsync(folder.Path, settings, "seed-content");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains($"seed-content: {SeedData.Files.Count} items created and published.", first.Output, StringComparison.Ordinal);

        var second = await PortalProcess.RunAsync(folder.Path, settings, "seed-content");
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("seed-content: the content database already holds content; nothing was added.", second.Output, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(SeedData.Files.Count, await PublishedItemsAsync(new Dictionary<string, string?>()));
    }

    [Fact]
    public async Task Start_up_seeds_an_empty_database_when_enabled()
    {
        Assert.Equal(SeedData.Files.Count, await PublishedItemsAsync(new Dictionary<string, string?> { ["Content:Seed:Enabled"] = "true" }));
        Assert.Equal(SeedData.Files.Count, await PublishedItemsAsync(new Dictionary<string, string?> { ["Content:Seed:Enabled"] = "true" }));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    /// <summary>Starts the host on the test database (which runs start-up, seeding included) and counts the published items.</summary>
    private async Task<int> PublishedItemsAsync(Dictionary<string, string?> extra)
    {
        extra["Database:ConnectionString"] = ConnectionString;
        await using var portal = new PortalFactory(null, extra);
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContextAsync();
        return await context.Set<ContentItem>().CountAsync(i => i.PublishedVersionId != null);
    }
}
