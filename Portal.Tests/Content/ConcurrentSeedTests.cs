using Microsoft.EntityFrameworkCore;
using Portal.Content.Items;
using Portal.Content.Seed;
using Portal.Storage.Blobs;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

/// <summary>Two web nodes starting on the same empty PostgreSQL database at once: the content is seeded exactly once.</summary>
[IntegrationTest]
public sealed class ConcurrentSeedTests(PostgresContentDatabaseFixture database) : IClassFixture<PostgresContentDatabaseFixture>
{
    [Fact]
    public async Task Two_nodes_seeding_at_once_create_every_item_once()
    {
        // Two web nodes share the database and the blob store.
        using var blobFolder = new TemporaryFolder();
        var blobs = new FileSystemBlobStore(blobFolder.Path);
        await using var first = ContentHarness.Create(database, blobs: blobs);
        await using var second = ContentHarness.Create(database, blobs: blobs);

        var results = await Task.WhenAll(
            Task.Run(() => first.Get<ContentSeeder>().SeedAsync()),
            Task.Run(() => second.Get<ContentSeeder>().SeedAsync()));

        Assert.Single(results, r => r.Outcome == SeedOutcome.Seeded);
        Assert.Single(results, r => r.Outcome is SeedOutcome.SeededElsewhere or SeedOutcome.AlreadySeeded);
        await using var context = first.Context();
        Assert.Equal(SeedData.Files.Count, await context.Set<ContentItem>().CountAsync());
        Assert.Equal(SeedData.Files.Count, await context.Set<ContentItem>().CountAsync(i => i.PublishedVersionId != null));
    }
}
