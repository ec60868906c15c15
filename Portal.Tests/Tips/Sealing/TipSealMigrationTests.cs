using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Tips.Reporting;
using Portal.Tips.Sealing;

namespace Portal.Tests.Tips.Sealing;

/// <summary>
/// The move from the server's key-encryption key to sealed tips, rehearsed: tips taken before the province had unit
/// keys stay open to the server until the migration seals them; the officers read them with their unit keys after it;
/// a reporter who comes back with the receipt takes over the server's copy; the strict run drops every other copy.
/// </summary>
[IntegrationTest]
public abstract class TipSealMigrationTests
{
    protected abstract PortalFactory Portal { get; }

    private T Get<T>()
        where T : notnull => Portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task Old_tips_are_sealed_to_their_units_and_the_server_loses_its_copies()
    {
        // Before any unit key: tips are kept under the key-encryption key, as they always were.
        var intake = Get<TipIntake>();
        var returning = await intake.SubmitAsync(TipSubmissions.Valid("迁移前的线索：记者会回来"));
        var silent = await intake.SubmitAsync(TipSubmissions.Valid("迁移前的线索：记者不再回来"));
        Assert.NotEmpty((await StoredAsync(returning.TipId!.Value)).WrappedDataKey);
        Assert.Null((await StoredAsync(returning.TipId!.Value)).DataKeyShares);

        var migration = Get<TipSealMigration>();
        var early = await migration.SealAllAsync(dropServerCopies: false);
        Assert.True(early.NoProvincialKey >= 2);
        Assert.Equal(0, early.Sealed);

        var officer = new StaffActor("officer-" + Guid.NewGuid().ToString("N"), IsOfficer: true, IsSupervisor: false);
        const string password = "迁移演练 2026!";
        var store = Get<UnitKeyStore>();
        await store.EnrolAsync(officer.UserId, password);
        foreach (var unit in new[] { "620102", "620100", Jurisdictions.Province })
        {
            Assert.True((await store.CreateUnitAsync("test-admin", unit, [officer.UserId])).Succeeded);
        }

        Assert.True((await Get<OfficerGrants>().SetGrantsAsync("test-admin", officer.UserId, ["620102"])).Succeeded);

        var first = await migration.SealAllAsync(dropServerCopies: false);
        Assert.True(first.Sealed >= 2);
        Assert.Equal(0, first.Unreadable);
        foreach (var id in new[] { returning.TipId!.Value, silent.TipId!.Value })
        {
            var stored = await StoredAsync(id);
            Assert.NotNull(stored.DataKeyShares);
            Assert.NotEmpty(stored.WrappedDataKey); // kept for the reporter until they come back
        }

        using (var session = (await store.UnlockAsync(officer.UserId, password))!)
        using (SealedTipAccess.Begin(() => session))
        {
            // Read through the unit key, not the server's copy: the copy is set aside for this check.
            var tip = await StoredAsync(silent.TipId!.Value);
            Assert.NotNull(TipSeal.Open(tip.Id, UnitShares.FromBytes(tip.DataKeyShares), session));
        }

        using (SealedTipAccess.Begin())
        {
            var receipt = returning.Receipt!;
            Assert.Equal(ReceiptSignInOutcome.SignedIn, (await Get<TipFollowUp>().SignInAsync(receipt.Number, receipt.Passphrase, "bucket")).Outcome);
            Assert.Equal(returning.TipId, (await Get<TipFollowUp>().ViewAsync(returning.TipId!.Value))!.TipId);
        }

        var taken = await StoredAsync(returning.TipId!.Value);
        Assert.Empty(taken.WrappedDataKey);
        Assert.NotNull(taken.ReporterDataKey);

        var strict = await migration.SealAllAsync(dropServerCopies: true);
        Assert.Equal(0, strict.Sealed);
        Assert.True(strict.ServerCopyDropped >= 1);
        Assert.Empty((await StoredAsync(silent.TipId!.Value)).WrappedDataKey);
        Assert.Equal(0, (await migration.SealAllAsync(dropServerCopies: true)).Checked);

        using (SealedTipAccess.Begin())
        {
            await Assert.ThrowsAsync<TipLockedException>(() => Get<TipCases>().OpenAsync(officer, silent.TipId!.Value));
        }

        using (var session = (await store.UnlockAsync(officer.UserId, password))!)
        using (SealedTipAccess.Begin(() => session))
        {
            Assert.Equal("迁移前的线索：记者不再回来", (await Get<TipCases>().OpenAsync(officer, silent.TipId!.Value)).Report.WhatHappened);
        }
    }

    private async Task<Tip> StoredAsync(Guid tipId)
    {
        await using var context = await Get<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        return await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId);
    }
}

public sealed class SqliteTipSealMigrationTests(PortalFactory portal) : TipSealMigrationTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresTipSealMigrationTests(PostgresPortalFixture fixture) : TipSealMigrationTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
