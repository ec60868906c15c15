using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Storage.Blobs;
using Portal.Tests.Reporting;
using Portal.Tips.Attachments;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Tips.Attachments;

[IntegrationTest]
public sealed class AttachmentLimitTests : IClassFixture<AttachmentPortalFactory>
{
    private readonly AttachmentPortalFactory portal;

    public AttachmentLimitTests(AttachmentPortalFactory portal) => this.portal = portal;

    private IDbContextFactory<TipsDbContext> Contexts => portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>();

    [Fact]
    public async Task Fourteen_files_sent_at_the_same_moment_leave_exactly_ten_with_distinct_slots()
    {
        var tipId = (await portal.Services.GetRequiredService<TipIntake>().SubmitAsync(TipSubmissions.Valid())).TipId!.Value;
        var store = portal.Services.GetRequiredService<TipAttachmentStore>();

        var results = await Task.WhenAll(Enumerable.Range(0, 14).Select(i =>
            Task.Run(() => store.AddAsync(tipId, $"scan-{i}.pdf", RequestBodyStream.Of(TestFiles.Pdf(20_000 + i))))));

        Assert.Equal(10, results.Count(r => r.Accepted));
        Assert.All(results.Where(r => !r.Accepted), r => Assert.Equal(AttachmentRules.TooManyFiles, r.Error));
        await using var context = await Contexts.CreateDbContextAsync();
        var slots = await context.Set<TipAttachment>().Where(a => a.TipId == tipId).Select(a => a.Slot).OrderBy(s => s).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 10), slots);
        var keys = await context.Set<TipAttachment>().Where(a => a.TipId == tipId).Select(a => a.BlobKey).ToListAsync();
        var blobFiles = Directory.GetFiles(Path.Combine(portal.BlobFolder, "tips", tipId.ToString("N")));
        Assert.Equal(10, blobFiles.Length); // the refused files' blobs were removed again
        Assert.All(keys, key => Assert.Contains(blobFiles, f => f.EndsWith(Path.GetFileName(key), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Files_of_a_form_never_submitted_are_deleted_after_the_staging_lifetime_and_not_before()
    {
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var blobs = portal.Services.GetRequiredService<IBlobStore>();
        var options = Options.Create(new AttachmentOutboxOptions { StagingLifetime = TimeSpan.FromHours(24) });
        var sweeper = new StagedAttachmentSweeper(Contexts, blobs, time, options, NullLogger<StagedAttachmentSweeper>.Instance);
        var store = portal.Services.GetRequiredService<TipAttachmentStore>();
        var abandonedKey = Guid.NewGuid().ToString("N");
        var submittedKey = Guid.NewGuid().ToString("N");
        Assert.True((await store.StageAsync(abandonedKey, "abandoned.pdf", RequestBodyStream.Of(TestFiles.Pdf(10_000)))).Accepted);
        Assert.True((await store.StageAsync(submittedKey, "kept.pdf", RequestBodyStream.Of(TestFiles.Pdf(10_000)))).Accepted);
        var submitted = await portal.Services.GetRequiredService<TipIntake>().SubmitAsync(
            TipSubmissions.Valid() with { IdempotencyKey = submittedKey, WithStagedAttachments = true });
        Guid abandonedTipId;
        await using (var context = await Contexts.CreateDbContextAsync())
        {
            abandonedTipId = (await context.Set<AttachmentStaging>().ToListAsync())
                .Single(s => s.IdempotencyKeyHash.SequenceEqual(portal.Services.GetRequiredService<Portal.Tips.Reporting.ReceiptHashes>().OfIdempotencyKey(abandonedKey))).TipId;
        }

        var abandonedBlob = await BlobKeyOfAsync(abandonedTipId);

        time.Advance(TimeSpan.FromHours(23));
        await sweeper.SweepAsync();
        Assert.Single(await store.StagedFilesAsync(abandonedKey));

        time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await sweeper.SweepAsync());

        Assert.Empty(await store.StagedFilesAsync(abandonedKey));
        Assert.False(await blobs.ExistsAsync(abandonedBlob));
        await using var after = await Contexts.CreateDbContextAsync();
        Assert.False(await after.Set<TipAttachment>().AnyAsync(a => a.TipId == abandonedTipId));
        Assert.Equal(1, await after.Set<TipAttachment>().CountAsync(a => a.TipId == submitted.TipId));
    }

    private async Task<string> BlobKeyOfAsync(Guid tipId)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        return await context.Set<TipAttachment>().Where(a => a.TipId == tipId).Select(a => a.BlobKey).SingleAsync();
    }
}
