using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Storage.Database;
using Portal.Tests.Infrastructure;
using Portal.Web.Hosting;

namespace Portal.Tests.MultiNode;

/// <summary>
/// Nodes started together on an empty database must not all seed it (they would collide on its unique indexes):
/// while one holds the seed lock, another starts and serves without seeding; the next start seeds.
/// </summary>
[IntegrationTest]
public sealed class SeedAcrossNodesTests : IAsyncLifetime
{
    private readonly PostgresDatabaseFixture database = PostgresDatabaseFixture.Migrated();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_node_that_finds_another_seeding_starts_without_seeding_and_the_next_start_seeds()
    {
        await using (await new PostgresRoundLock(database.ConnectionString).TryAcquireAsync(PortalStartup.SeedLock))
        {
            await using var second = new PortalFactory(database.ConnectionString);
            Assert.Equal(0, await RoleCountAsync(second));
        }

        await using var later = new PortalFactory(database.ConnectionString);
        Assert.True(await RoleCountAsync(later) > 0);
    }

    private static async Task<int> RoleCountAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().Roles.CountAsync();
    }
}
