using Microsoft.EntityFrameworkCore;
using Portal.Tips.AntiBot;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.AntiBot;

[IntegrationTest]
public sealed class DatabaseSpentChallengeStoreTests
{
    [Fact]
    public async Task A_challenge_can_be_spent_once()
    {
        using var database = await SqliteTipsHarness.CreateAsync();
        var store = new DatabaseSpentChallengeStore(database, Altcha.ClockBeforeExpiry());
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(Altcha.Expires);

        Assert.True(await store.TryMarkSpentAsync(Altcha.Challenge, expiresAt, CancellationToken.None));
        Assert.False(await store.TryMarkSpentAsync(Altcha.Challenge, expiresAt, CancellationToken.None));
        Assert.True(await store.TryMarkSpentAsync("another challenge", expiresAt, CancellationToken.None));
    }

    [Fact]
    public async Task A_challenge_spent_on_one_web_node_is_spent_on_another()
    {
        using var database = await SqliteTipsHarness.CreateAsync();
        var clock = Altcha.ClockBeforeExpiry();
        var nodeA = new DatabaseSpentChallengeStore(database, clock);
        var nodeB = new DatabaseSpentChallengeStore(database, clock);
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(Altcha.Expires);

        var results = await Task.WhenAll(
            nodeA.TryMarkSpentAsync(Altcha.Challenge, expiresAt, CancellationToken.None),
            nodeB.TryMarkSpentAsync(Altcha.Challenge, expiresAt, CancellationToken.None));

        Assert.Single(results, spent => spent);
    }

    [Fact]
    public async Task Expired_challenges_are_purged_and_unexpired_ones_kept()
    {
        using var database = await SqliteTipsHarness.CreateAsync();
        var clock = Altcha.ClockBeforeExpiry();
        var store = new DatabaseSpentChallengeStore(database, clock);
        await store.TryMarkSpentAsync("expired", clock.GetUtcNow().AddSeconds(-1), CancellationToken.None);
        await store.TryMarkSpentAsync("current", clock.GetUtcNow().AddMinutes(5), CancellationToken.None);

        Assert.Equal(1, await store.PurgeExpiredAsync(CancellationToken.None));

        await using var context = database.CreateDbContext();
        var left = await context.Set<SpentChallenge>().SingleAsync();
        Assert.Equal(clock.GetUtcNow().AddMinutes(5), left.ExpiresAt);
        Assert.Equal(64, left.ChallengeHash.Length);
    }

    [Fact]
    public async Task Every_hundredth_call_purges_expired_challenges()
    {
        using var database = await SqliteTipsHarness.CreateAsync();
        var clock = Altcha.ClockBeforeExpiry();
        var store = new DatabaseSpentChallengeStore(database, clock);
        for (var call = 0; call < 99; call++)
        {
            await store.TryMarkSpentAsync($"challenge {call}", clock.GetUtcNow().AddMinutes(1), CancellationToken.None);
        }

        clock.Advance(TimeSpan.FromMinutes(2));
        await store.TryMarkSpentAsync("the hundredth", clock.GetUtcNow().AddMinutes(1), CancellationToken.None);

        await using var context = database.CreateDbContext();
        Assert.Equal(1, await context.Set<SpentChallenge>().CountAsync());
    }
}
