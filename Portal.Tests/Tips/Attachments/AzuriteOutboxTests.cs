using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Storage.Blobs;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tips.Attachments;
using Portal.Tips.Data;
using Portal.Tips.Monitoring;
using Portal.Tips.Reporting;
using Portal.Shared.Workers;

namespace Portal.Tests.Tips.Attachments;

/// <summary>The outbox against a real Azure Blob Storage emulator that is stopped while a reporter uploads, then started again.</summary>
[IntegrationTest]
public sealed class AzuriteOutboxTests : IDisposable
{
    private readonly AttachmentPortalFactory portal = new();
    private readonly AzuriteProcess azurite = new();

    [Fact]
    public async Task Attachments_sent_while_azurite_is_stopped_land_in_it_once_it_is_back()
    {
        await azurite.StartAsync();
        var azure = BlobStorageRegistration.CreateAzureStore(azurite.ConnectionString, "outbox-test");
        await azure.EnsureAvailableAsync();
        var contexts = portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>();
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var attachments = new TipAttachmentStore(new TipsContexts(contexts), portal.Services.GetRequiredService<TipKeyring>(), portal.Services.GetRequiredService<ReceiptHashes>(), azure, portal.Services.GetRequiredService<ViewingCopies>(), time, NullLogger<TipAttachmentStore>.Instance);
        var worker = new AttachmentOutboxWorker(contexts, azure, new StagedAttachmentSweeper(contexts, azure, time, Options.Create(new AttachmentOutboxOptions()), NullLogger<StagedAttachmentSweeper>.Instance), new SingleNodeRoundLock(), time, Options.Create(new AttachmentOutboxOptions()), portal.Services.GetRequiredService<TipMetrics>(), NullLogger<AttachmentOutboxWorker>.Instance);
        var tipId = (await portal.Services.GetRequiredService<TipIntake>().SubmitAsync(TipSubmissions.Valid())).TipId!.Value;
        var pdf = TestFiles.Pdf(300_000);

        await azurite.StopAsync();
        var added = await attachments.AddAsync(tipId, "evidence.pdf", RequestBodyStream.Of(pdf));
        Assert.True(added.Accepted);
        Assert.Equal(AttachmentState.WaitingForStore, added.State);
        Assert.Equal(0, await worker.DeliverDueAsync());

        await azurite.StartAsync();
        await WaitUntilAvailableAsync(azure);
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await worker.DeliverDueAsync());

        await using var context = await contexts.CreateDbContextAsync();
        var stored = await context.Set<TipAttachment>().AsNoTracking().SingleAsync(a => a.Id == added.AttachmentId);
        Assert.Equal(AttachmentState.Stored, stored.State);
        Assert.Empty(await context.Set<AttachmentOutboxItem>().Where(i => i.AttachmentId == stored.Id).ToListAsync());
        Assert.True(await azure.ExistsAsync(stored.BlobKey));
        await using var opened = await attachments.OpenAsync(tipId, stored.Id, viewingCopy: false);
        using var copy = new MemoryStream();
        await opened!.CopyToAsync(copy);
        Assert.Equal(pdf, copy.ToArray());
    }

    /// <summary>Azurite accepts connections a moment before it answers requests; wait for an answer.</summary>
    private static async Task WaitUntilAvailableAsync(AzureBlobStore store)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.EnsureAvailableAsync();
                return;
            }
            catch (Azure.RequestFailedException) when (attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }

    public void Dispose()
    {
        azurite.Dispose();
        portal.Dispose();
    }
}
