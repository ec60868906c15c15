using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;
using Portal.Tips.Sealing;

namespace Portal.Tests.Tips.Sealing;

/// <summary>
/// The key model kept in each database: officers unlock their units' keys with their own password only; a member
/// gives a joining officer the unit's key; a leaving officer's shares go and the unit's next generation is closed to
/// them; joining and leaving are in the audit chain; no stored row holds a private key.
/// </summary>
[IntegrationTest]
public abstract class UnitKeyStoreTests
{
    protected abstract PortalFactory Portal { get; }

    private UnitKeyStore Store => Portal.Services.GetRequiredService<UnitKeyStore>();

    [Fact]
    public async Task Officers_open_their_units_tips_with_their_own_password_and_nobody_else_does()
    {
        var (unit, a, b, outsider) = (Unit(), Person("a"), Person("b"), Person("outsider"));
        foreach (var person in new[] { a, b, outsider })
        {
            await Store.EnrolAsync(person, Password(person));
        }

        var created = await Store.CreateUnitAsync("test-admin", unit, [a, b]);
        Assert.True(created.Succeeded, created.ToString());
        Assert.Equal(16, created.Value!.Split('-').Length);
        Assert.Equal(UnitKeyStore.UnitExists, (await Store.CreateUnitAsync("test-admin", unit, [a])).Error);
        var (tipId, dataKey, shares) = await SealAsync(unit);

        foreach (var person in new[] { a, b })
        {
            using var session = (await Store.UnlockAsync(person, Password(person)))!;
            Assert.Equal(dataKey, TipSeal.Open(tipId, shares, session));
        }

        Assert.Null(await Store.UnlockAsync(a, Password(b)));
        Assert.Null(await Store.UnlockAsync(Person("never-enrolled"), "x"));
        using var stranger = (await Store.UnlockAsync(outsider, Password(outsider)))!;
        Assert.Empty(stranger.Units);
        Assert.Null(TipSeal.Open(tipId, shares, stranger));
    }

    [Fact]
    public async Task A_member_gives_a_joining_officer_the_key_and_a_leaving_officer_opens_nothing_after()
    {
        var (unit, a, b, joining) = (Unit(), Person("a"), Person("b"), Person("joining"));
        foreach (var person in new[] { a, b, joining })
        {
            await Store.EnrolAsync(person, Password(person));
        }

        Assert.True((await Store.CreateUnitAsync("test-admin", unit, [a, b])).Succeeded);
        var (oldTip, oldKey, oldShares) = await SealAsync(unit);

        using (var nobody = (await Store.UnlockAsync(joining, Password(joining)))!)
        {
            Assert.Equal(UnitKeyStore.NotHeld, (await Store.GrantAsync(joining, nobody, unit, joining)).Error);
        }

        using (var granter = (await Store.UnlockAsync(a, Password(a)))!)
        {
            Assert.True((await Store.GrantAsync(a, granter, unit, joining)).Succeeded);
        }

        using (var joined = (await Store.UnlockAsync(joining, Password(joining)))!)
        {
            Assert.Equal(oldKey, TipSeal.Open(oldTip, oldShares, joined));
        }

        Assert.True((await Store.RemoveAsync("test-admin", unit, b)).Succeeded);
        Assert.Equal(UnitKeyStore.NotAMember, (await Store.RemoveAsync("test-admin", unit, b)).Error);
        var recipients = await Store.RecipientsAsync([unit]);
        Assert.Equal(2, Assert.Single(recipients).Generation);
        var (newTip, newKey, newShares) = await SealAsync(unit);

        using (var left = (await Store.UnlockAsync(b, Password(b)))!)
        {
            Assert.Empty(left.Units);
            Assert.Null(TipSeal.Open(newTip, newShares, left));
        }

        foreach (var person in new[] { a, joining })
        {
            using var stayed = (await Store.UnlockAsync(person, Password(person)))!;
            Assert.Equal(oldKey, TipSeal.Open(oldTip, oldShares, stayed));
            Assert.Equal(newKey, TipSeal.Open(newTip, newShares, stayed));
        }

        var trail = await Portal.Services.GetRequiredService<AuditTrailReader>().PageAsync(0, 500);
        Assert.Contains(trail.Entries, e => e.Action == SealingAuditActions.Grant && e.Detail == $"{unit}: {joining}");
        Assert.Contains(trail.Entries, e => e.Action == SealingAuditActions.Remove && e.Detail == $"{unit}: {b}; generation 2");
        Assert.True((await Portal.Services.GetRequiredService<TipAuditLog>().VerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_unit_whose_members_are_all_gone_is_restored_from_its_recovery_digits_by_two_people()
    {
        var (unit, last, newcomer) = (Unit(), Person("last"), Person("newcomer"));
        await Store.EnrolAsync(last, Password(last));
        await Store.EnrolAsync(newcomer, Password(newcomer));
        var digits = (await Store.CreateUnitAsync("test-admin", unit, [last])).Value!;
        var (oldTip, oldKey, oldShares) = await SealAsync(unit);
        Assert.True((await Store.RemoveAsync("test-admin", unit, last)).Succeeded);
        var (newTip, newKey, newShares) = await SealAsync(unit);

        Assert.Equal(UnitKeyStore.FourEyes, (await Store.RecoverAsync("admin-1", "admin-1", unit, digits, newcomer)).Error);
        var wrong = string.Join('-', digits.Split('-').Select((group, i) => i == 3 ? "000000" : group));
        Assert.Equal(UnitKeyStore.WrongRecoveryKey, (await Store.RecoverAsync("admin-1", "admin-2", unit, wrong, newcomer)).Error);
        Assert.Equal(UnitKeyStore.WrongRecoveryKey, (await Store.RecoverAsync("admin-1", "admin-2", unit, "12345", newcomer)).Error);
        using (var before = (await Store.UnlockAsync(newcomer, Password(newcomer)))!)
        {
            Assert.Empty(before.Units);
        }

        Assert.True((await Store.RecoverAsync("admin-1", "admin-2", unit, digits, newcomer)).Succeeded);
        using (var after = (await Store.UnlockAsync(newcomer, Password(newcomer)))!)
        {
            Assert.Equal(oldKey, TipSeal.Open(oldTip, oldShares, after));
            Assert.Equal(newKey, TipSeal.Open(newTip, newShares, after));
        }

        var trail = await Portal.Services.GetRequiredService<AuditTrailReader>().PageAsync(0, 500);
        Assert.Contains(trail.Entries, e => e.Action == SealingAuditActions.Recover && e.Detail == $"{unit}: {newcomer}; approved-by=admin-2" && e.ActorId == "admin-1");
    }

    [Fact]
    public async Task After_a_password_reset_the_member_gets_a_fresh_key_and_the_unit_key_again_from_a_colleague()
    {
        var (unit, member, colleague) = (Unit(), Person("reset"), Person("colleague"));
        await Store.EnrolAsync(member, Password(member));
        await Store.EnrolAsync(colleague, Password(colleague));
        Assert.True((await Store.CreateUnitAsync("test-admin", unit, [member, colleague])).Succeeded);
        var (tipId, dataKey, shares) = await SealAsync(unit);
        const string resetPassword = "管理员重置的口令 2026!";

        Assert.False(await Store.ReplaceStaleKeyAsync(member, Password(member))); // the key still opens: nothing to replace
        Assert.Null(await Store.UnlockAsync(member, resetPassword));
        Assert.True(await Store.ReplaceStaleKeyAsync(member, resetPassword));
        using (var fresh = (await Store.UnlockAsync(member, resetPassword))!)
        {
            Assert.Empty(fresh.Units);
        }

        Assert.Null(await Store.UnlockAsync(member, Password(member)));
        using (var granter = (await Store.UnlockAsync(colleague, Password(colleague)))!)
        {
            Assert.True((await Store.GrantAsync(colleague, granter, unit, member)).Succeeded);
        }

        using var regained = (await Store.UnlockAsync(member, resetPassword))!;
        Assert.Equal(dataKey, TipSeal.Open(tipId, shares, regained));
        var trail = await Portal.Services.GetRequiredService<AuditTrailReader>().PageAsync(0, 200, SealingAuditActions.MemberKeyReplaced);
        Assert.Contains(trail.Entries, e => e.ActorId == member);
    }

    [Fact]
    public async Task No_stored_row_holds_a_private_key_or_anything_that_opens_one_without_a_password()
    {
        var (unit, a) = (Unit(), Person("a"));
        await Store.EnrolAsync(a, Password(a));
        Assert.True((await Store.CreateUnitAsync("test-admin", unit, [a])).Succeeded);
        using var session = (await Store.UnlockAsync(a, Password(a)))!;
        var unitPrivate = session.Find(unit, 1)!.Export(KeyBlobFormat.RawPrivateKey);

        var stored = await ReadAllAsync(Portal, unit, a);

        Assert.NotEmpty(stored);
        Assert.All(stored, bytes => Assert.False(Contains(bytes, unitPrivate), "a unit's private key is stored in the clear"));
    }

    private async Task<(Guid TipId, byte[] DataKey, IReadOnlyList<UnitShare> Shares)> SealAsync(string unit)
    {
        var (tipId, dataKey) = (Guid.NewGuid(), RandomNumberGenerator.GetBytes(32));
        var recipients = await Store.RecipientsAsync([unit]);
        return (tipId, dataKey, TipSeal.Seal(dataKey, tipId, recipients));
    }

    private static async Task<List<byte[]>> ReadAllAsync(PortalFactory portal, string unit, string member)
    {
        var factory = portal.Services.GetRequiredService<IDbContextFactory<Portal.Tips.Data.TipsDbContext>>();
        await using var context = await factory.CreateDbContextAsync();
        var rows = new List<byte[]>();
        foreach (var m in await context.Set<MemberKeyRecord>().Where(m => m.UserId == member).ToListAsync())
        {
            rows.AddRange([m.PublicKey, m.Salt, m.WrappedPrivateKey]);
        }

        foreach (var u in await context.Set<UnitKeyRecord>().Where(u => u.Unit == unit).ToListAsync())
        {
            rows.AddRange([u.PublicKey, u.RecoveryPublicKey, u.RecoveryShare]);
        }

        rows.AddRange(await context.Set<UnitKeyShareRecord>().Where(s => s.Unit == unit).Select(s => s.Sealed).ToListAsync());
        return rows;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static string Unit() => "unit-" + Guid.NewGuid().ToString("N")[..12];

    private static string Person(string name) => $"{name}-{Guid.NewGuid():N}";

    private static string Password(string person) => "口令 " + person[..4] + " 2026!";
}

public sealed class SqliteUnitKeyStoreTests(PortalFactory portal) : UnitKeyStoreTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresUnitKeyStoreTests(PostgresPortalFixture fixture) : UnitKeyStoreTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
