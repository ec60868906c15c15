using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Portal.Tests.Infrastructure;
using Portal.Tips.Attachments;
using Portal.Tips.Audit;
using Portal.Tips.Police;
using Portal.Tips.Retention;
using Portal.Tips.Rewards;

namespace Portal.Tests.Tips.Retention;

/// <summary>
/// Closed tips are purged after the period of their outcome — rows, blobs and data key — exactly once, with one
/// audit entry that says nothing the tip said, and the audit chain still verifies. Run on SQLite and PostgreSQL.
/// </summary>
[IntegrationTest]
public abstract class RetentionTests
{
    // Years ahead of the wall clock, so the portal's own retention worker (on the real clock) never finds these tips due.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

    protected abstract PortalFactory Portal { get; }

    private RetentionHarness Harness => new(Portal, time);

    [Fact]
    public async Task A_closed_tip_is_kept_for_its_period_then_purged_once_with_everything_it_had()
    {
        var desk = Harness;
        var officer = await desk.OfficerAsync();
        var narrative = "RETENTION-CANARY 车站有人带走一名儿童 " + Guid.NewGuid().ToString("N");
        var tip = await desk.WorkedTipAsync(officer, narrative);
        Assert.Null((await desk.Cases.CloseAsync(officer, tip.Id, CaseOutcome.Unsubstantiated, "经核查未发现线索所述情况。")).Error);
        var before = await desk.RowsOfAsync(tip);
        Assert.All(["Tips", "TipMessages", "TipNotes", "Rewards", "TipAttachments", "AttachmentOutbox", "ReceiptSignInAttempts"], table => Assert.True(before[table] > 0, table));
        Assert.Equal(3, await desk.BlobsLeftAsync(tip));

        time.Advance(TimeSpan.FromDays(365) - TimeSpan.FromMinutes(1));
        var early = await desk.Purger().RunAsync();
        Assert.DoesNotContain(tip.Id, early.PurgedTips);
        // Only the receipt's sign-in attempts went, after their own, shorter period.
        var kept = await desk.RowsOfAsync(tip);
        Assert.Equal(0, kept["ReceiptSignInAttempts"]);
        Assert.Equal(before.Where(r => r.Key != "ReceiptSignInAttempts"), kept.Where(r => r.Key != "ReceiptSignInAttempts"));
        Assert.Equal(3, await desk.BlobsLeftAsync(tip));

        time.Advance(TimeSpan.FromMinutes(2));
        // Two nodes run their round at the same moment: one of them purges the tip.
        var rounds = await Task.WhenAll(Task.Run(() => desk.Purger().RunAsync()), Task.Run(() => desk.Purger().RunAsync()));
        Assert.Single(rounds.SelectMany(r => r.PurgedTips), id => id == tip.Id);

        Assert.All(await desk.RowsOfAsync(tip), row => Assert.True(row.Value == 0, $"{row.Key}: {row.Value} rows left"));
        Assert.Equal(0, await desk.BlobsLeftAsync(tip));
        var purge = Assert.Single(await desk.Audit.OfTipAsync(tip.Id), e => e.Action == TipAuditActions.Purge);
        Assert.Equal(TipPurger.ActorId, purge.ActorId);
        Assert.Equal("outcome=Unsubstantiated; closed=2030-01-01", purge.Detail);
        var verification = await desk.Audit.VerifyAsync();
        Assert.True(verification.Intact, verification.Problem);

        // Nothing is left to do, and the audit of everything done to the tip before stays.
        Assert.Empty((await desk.Purger().RunAsync()).PurgedTips);
        Assert.Contains(await desk.Audit.OfTipAsync(tip.Id), e => e.Action == TipAuditActions.Note);
    }

    [Fact]
    public async Task Each_outcome_has_its_own_period()
    {
        var desk = Harness;
        var officer = await desk.OfficerAsync();
        var tips = new Dictionary<CaseOutcome, Guid>();
        foreach (var outcome in new[] { CaseOutcome.Spam, CaseOutcome.Unsubstantiated, CaseOutcome.ReferredElsewhere, CaseOutcome.Substantiated })
        {
            tips[outcome] = await desk.TipAsync();
            Assert.Null((await desk.Cases.CloseAsync(officer, tips[outcome], outcome, null)).Error);
        }

        var options = new RetentionOptions { Spam = TimeSpan.FromDays(30), Unsubstantiated = TimeSpan.FromDays(200), ReferredElsewhere = TimeSpan.FromDays(400), Substantiated = TimeSpan.FromDays(1000) };
        async Task<IReadOnlyList<CaseOutcome>> LeftAfter(int days)
        {
            time.SetUtcNow(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(days).AddMinutes(1));
            await desk.Purger(options).RunAsync();
            var left = new List<CaseOutcome>();
            foreach (var (outcome, id) in tips)
            {
                if (await desk.ExistsAsync(id))
                {
                    left.Add(outcome);
                }
            }

            return left;
        }

        Assert.Equal([CaseOutcome.Spam, CaseOutcome.Unsubstantiated, CaseOutcome.ReferredElsewhere, CaseOutcome.Substantiated], await LeftAfter(29));
        Assert.Equal([CaseOutcome.Unsubstantiated, CaseOutcome.ReferredElsewhere, CaseOutcome.Substantiated], await LeftAfter(30));
        Assert.Equal([CaseOutcome.ReferredElsewhere, CaseOutcome.Substantiated], await LeftAfter(200));
        Assert.Equal([CaseOutcome.Substantiated], await LeftAfter(400));
        Assert.Empty(await LeftAfter(1000));
        Assert.True((await desk.Audit.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_tip_never_closed_is_purged_after_years_of_silence_and_old_receipt_sign_in_records_go()
    {
        var desk = Harness;
        var officer = await desk.OfficerAsync();
        var forgotten = await desk.TipAsync("NEVER-CLOSED " + Guid.NewGuid().ToString("N"));
        var worked = await desk.TipAsync();
        var options = new RetentionOptions { NeverClosed = TimeSpan.FromDays(1000), SignInAttempts = TimeSpan.FromDays(30) };
        await using (var context = await desk.Contexts.CreateDbContextAsync())
        {
            // A typed receipt that matches no tip: only the sign-in retention ever removes it.
            context.Add(new Portal.Tips.Reporting.ReceiptSignInAttempt { ReceiptNumberHash = new byte[32], AttemptedAt = time.GetUtcNow() });
            await context.SaveChangesAsync();
        }

        time.Advance(TimeSpan.FromDays(29));
        await desk.Purger(options).RunAsync();
        Assert.Equal(1, await StrayAttemptsAsync());

        time.Advance(TimeSpan.FromDays(2));
        await desk.Purger(options).RunAsync();
        Assert.Equal(0, await StrayAttemptsAsync());

        // Work on a case keeps it: the period counts from its last change.
        time.Advance(TimeSpan.FromDays(900));
        Assert.Null((await desk.Cases.AcknowledgeAsync(officer, worked)).Error);
        time.Advance(TimeSpan.FromDays(100));
        var round = await desk.Purger(options).RunAsync();
        Assert.Contains(forgotten, round.PurgedTips);
        Assert.DoesNotContain(worked, round.PurgedTips);
        Assert.False(await desk.ExistsAsync(forgotten));
        var purge = Assert.Single(await desk.Audit.OfTipAsync(forgotten), e => e.Action == TipAuditActions.Purge);
        Assert.StartsWith("never closed; status=", purge.Detail, StringComparison.Ordinal);
        Assert.True(await desk.ExistsAsync(worked));

        async Task<int> StrayAttemptsAsync()
        {
            await using var context = await desk.Contexts.CreateDbContextAsync();
            var none = new byte[32];
            return await context.Set<Portal.Tips.Reporting.ReceiptSignInAttempt>().CountAsync(a => a.ReceiptNumberHash == none);
        }
    }

    [Fact]
    public async Task A_primary_waits_for_its_duplicates_and_a_substantiated_tip_for_its_unsettled_reward()
    {
        var desk = Harness;
        var officer = await desk.OfficerAsync();
        var primary = await desk.TipAsync();
        time.Advance(TimeSpan.FromMinutes(5));
        var duplicate = await desk.TipAsync();
        Assert.Null((await desk.Cases.CloseAsync(officer, primary, CaseOutcome.Spam, null)).Error);
        Assert.Null((await desk.Cases.MarkDuplicateAsync(officer, duplicate, primary)).Error);
        var rewarded = await desk.TipAsync();
        await desk.RequestRewardAsync(rewarded);
        Assert.Null((await desk.Cases.CloseAsync(officer, rewarded, CaseOutcome.Substantiated, null)).Error);

        // The primary's 30 days as spam have passed, but its duplicate still points at it.
        time.Advance(TimeSpan.FromDays(100));
        await desk.Purger().RunAsync();
        Assert.True(await desk.ExistsAsync(primary));
        Assert.True(await desk.ExistsAsync(duplicate));

        // The duplicate's year passes: it goes first, then the primary in the next round.
        time.Advance(TimeSpan.FromDays(300));
        var first = await desk.Purger().RunAsync();
        Assert.Contains(duplicate, first.PurgedTips);
        Assert.DoesNotContain(primary, first.PurgedTips);
        Assert.Contains(primary, (await desk.Purger().RunAsync()).PurgedTips);
        Assert.False(await desk.ExistsAsync(primary));

        // Five years on, the substantiated tip whose reporter still waits for the reward is kept.
        time.Advance(TimeSpan.FromDays(2000));
        await desk.Purger().RunAsync();
        Assert.True(await desk.ExistsAsync(rewarded));
        Assert.True((await desk.Audit.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task A_file_committed_after_its_tip_was_purged_is_removed_with_its_blob()
    {
        var desk = Harness;
        var orphanTip = Guid.NewGuid();
        var fileId = Guid.NewGuid();
        var key = $"tips/{orphanTip:N}/{fileId:N}.bin";
        await desk.Blobs.UploadAsync(key, new MemoryStream([1, 2, 3]), TipAttachmentStore.StoredContentType);
        await using (var context = await desk.Contexts.CreateDbContextAsync())
        {
            context.Add(new TipAttachment { Id = fileId, TipId = orphanTip, Slot = 1, BlobKey = key, ContentType = "application/pdf", ReceivedAt = time.GetUtcNow() });
            await context.SaveChangesAsync();
        }

        Assert.Equal(0, (await desk.Purger().RunAsync()).OrphanedFiles);
        time.Advance(TipPurger.OrphanedFileGrace + TimeSpan.FromMinutes(1));
        var round = await desk.Purger().RunAsync();

        Assert.Equal(1, round.OrphanedFiles);
        Assert.False(await desk.Blobs.ExistsAsync(key));
        await using var after = await desk.Contexts.CreateDbContextAsync();
        Assert.False(await after.Set<TipAttachment>().AnyAsync(a => a.Id == fileId));
        Assert.False(await after.Set<PurgedBlob>().AnyAsync(b => b.BlobKey == key));
    }
}

public sealed class SqliteRetentionTests : RetentionTests, IDisposable
{
    private readonly PortalFactory portal = new();

    protected override PortalFactory Portal => portal;

    public void Dispose() => portal.Dispose();
}

public sealed class PostgresRetentionTests : RetentionTests, IAsyncLifetime
{
    private readonly PostgresPortalFixture fixture = new();

    protected override PortalFactory Portal => fixture.Portal;

    public Task InitializeAsync() => fixture.InitializeAsync();

    public Task DisposeAsync() => fixture.DisposeAsync();
}

[IntegrationTest]
public sealed class RetentionHoldTests
{
    [Fact]
    public void Every_reward_claim_state_is_either_settled_or_holds_the_tip()
    {
        // A new state (approved, paid…) must be placed on one side before retention can be trusted with it.
        Assert.All(Enum.GetValues<RewardStatus>(), status =>
            Assert.True(RetentionHolds.UnsettledRewards.Contains(status) ^ RetentionHolds.SettledRewards.Contains(status), status.ToString()));
    }
}
