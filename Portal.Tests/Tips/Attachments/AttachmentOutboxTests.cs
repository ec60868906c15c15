using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Storage.Blobs;
using Portal.Tests.Reporting;
using Portal.Tips.Attachments;
using Portal.Tips.Data;
using Portal.Tips.Monitoring;
using Portal.Tips.Reporting;
using Portal.Tests.Infrastructure;
using Portal.Shared.Workers;

namespace Portal.Tests.Tips.Attachments;

/// <summary>Each test has its own host: a worker delivers every due item of the database, not only its test's.</summary>
[IntegrationTest]
public sealed class AttachmentOutboxTests : IDisposable
{
    private const string UnreachableAzure =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    private readonly AttachmentPortalFactory portal = new();

    private IDbContextFactory<TipsDbContext> Contexts => portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>();

    [Fact]
    public async Task Attachments_sent_while_the_store_is_down_wait_in_the_outbox_and_are_delivered_later()
    {
        var tipId = (await portal.Services.GetRequiredService<TipIntake>().SubmitAsync(TipSubmissions.Valid())).TipId!.Value;
        var unreachable = BlobStorageRegistration.CreateAzureStore(UnreachableAzure, "portal");
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var storeWhileDown = new TipAttachmentStore(
            new TipsContexts(Contexts), portal.Services.GetRequiredService<TipKeyring>(), portal.Services.GetRequiredService<ReceiptHashes>(), unreachable, portal.Services.GetRequiredService<ViewingCopies>(), time, NullLogger<TipAttachmentStore>.Instance);
        var marker = "GPS-MARKER-" + Guid.NewGuid().ToString("N");
        var photo = TestFiles.JpegWithGps(marker);
        var pdf = TestFiles.Pdf(200_000);

        var photoResult = await storeWhileDown.AddAsync(tipId, "photo.jpg", RequestBodyStream.Of(photo));
        var pdfResult = await storeWhileDown.AddAsync(tipId, "scan.pdf", RequestBodyStream.Of(pdf));

        Assert.Equal(AttachmentState.WaitingForStore, photoResult.State);
        Assert.Equal(AttachmentState.WaitingForStore, pdfResult.State);
        var waiting = await OutboxOfAsync(tipId);
        Assert.Equal(3, waiting.Count); // the photo, its viewing copy and the PDF
        Assert.All(waiting, i => Assert.DoesNotContain(marker, Encoding.ASCII.GetString(i.EncryptedContent), StringComparison.Ordinal));
        Assert.Equal(pdf, await ReadAsync(storeWhileDown, tipId, pdfResult.AttachmentId!.Value));

        // Still down: each item is tried once and backs off for 2 seconds.
        var failingWorker = Worker(unreachable, time);
        Assert.Equal(0, await failingWorker.DeliverDueAsync());
        Assert.All(await OutboxOfAsync(tipId), i => Assert.Equal((1, time.GetUtcNow() + TimeSpan.FromSeconds(2)), (i.Attempts, i.NextAttemptAt)));

        var store = portal.Services.GetRequiredService<IBlobStore>();
        var worker = Worker(store, time);
        Assert.Equal(0, await worker.DeliverDueAsync());
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(3, await worker.DeliverDueAsync());

        Assert.Empty(await OutboxOfAsync(tipId));
        await using var context = await Contexts.CreateDbContextAsync();
        Assert.All(await context.Set<TipAttachment>().Where(a => a.TipId == tipId).ToListAsync(), a => Assert.Equal(AttachmentState.Stored, a.State));
        var attachments = portal.Services.GetRequiredService<TipAttachmentStore>();
        Assert.Equal(pdf, await ReadAsync(attachments, tipId, pdfResult.AttachmentId.Value));
        Assert.Equal(photo, await ReadAsync(attachments, tipId, photoResult.AttachmentId!.Value));
        Assert.DoesNotContain(marker, Encoding.ASCII.GetString(await ReadAsync(attachments, tipId, photoResult.AttachmentId.Value, viewingCopy: true)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_nodes_never_deliver_the_same_item_twice()
    {
        var tipId = (await portal.Services.GetRequiredService<TipIntake>().SubmitAsync(TipSubmissions.Valid())).TipId!.Value;
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var storeWhileDown = new TipAttachmentStore(
            new TipsContexts(Contexts), portal.Services.GetRequiredService<TipKeyring>(), portal.Services.GetRequiredService<ReceiptHashes>(), BlobStorageRegistration.CreateAzureStore(UnreachableAzure, "portal"), portal.Services.GetRequiredService<ViewingCopies>(), time, NullLogger<TipAttachmentStore>.Instance);
        for (var i = 0; i < 4; i++)
        {
            Assert.True((await storeWhileDown.AddAsync(tipId, $"{i}.pdf", RequestBodyStream.Of(TestFiles.Pdf(1000 + i)))).Accepted);
        }

        var counting = new CountingBlobStore(portal.Services.GetRequiredService<IBlobStore>());
        var delivered = await Task.WhenAll(Worker(counting, time).DeliverDueAsync(), Worker(counting, time).DeliverDueAsync());

        Assert.Equal(4, delivered.Sum());
        Assert.Equal(4, counting.Uploads);
        Assert.Empty(await OutboxOfAsync(tipId));
    }

    [Fact]
    public void Back_off_doubles_up_to_ten_minutes()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), AttachmentOutboxWorker.Backoff(1));
        Assert.Equal(TimeSpan.FromSeconds(64), AttachmentOutboxWorker.Backoff(6));
        Assert.Equal(TimeSpan.FromMinutes(10), AttachmentOutboxWorker.Backoff(10));
        Assert.Equal(TimeSpan.FromMinutes(10), AttachmentOutboxWorker.Backoff(100));
    }

    public void Dispose() => portal.Dispose();

    private static async Task<byte[]> ReadAsync(TipAttachmentStore store, Guid tipId, Guid attachmentId, bool viewingCopy = false)
    {
        await using var stream = await store.OpenAsync(tipId, attachmentId, viewingCopy);
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private AttachmentOutboxWorker Worker(IBlobStore store, TimeProvider time) =>
        new(Contexts, store, new StagedAttachmentSweeper(Contexts, store, time, Options.Create(new AttachmentOutboxOptions()), NullLogger<StagedAttachmentSweeper>.Instance), new SingleNodeRoundLock(), time, Options.Create(new AttachmentOutboxOptions()), portal.Services.GetRequiredService<TipMetrics>(), NullLogger<AttachmentOutboxWorker>.Instance);

    private async Task<List<AttachmentOutboxItem>> OutboxOfAsync(Guid tipId)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        var prefix = $"tips/{tipId:N}/";
        return await context.Set<AttachmentOutboxItem>().AsNoTracking().Where(i => i.BlobKey.StartsWith(prefix)).ToListAsync();
    }

    /// <summary>Counts uploads, to show an item claimed by one worker is not uploaded by the other.</summary>
    private sealed class CountingBlobStore(IBlobStore inner) : IBlobStore
    {
        private int uploads;

        public int Uploads => uploads;

        public async Task<BlobProperties> UploadAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref uploads);
            return await inner.UploadAsync(key, content, contentType, cancellationToken);
        }

        public Task<BlobDownload?> OpenReadAsync(string key, ByteRange? range = null, CancellationToken cancellationToken = default) =>
            inner.OpenReadAsync(key, range, cancellationToken);

        public Task<BlobProperties?> GetPropertiesAsync(string key, CancellationToken cancellationToken = default) =>
            inner.GetPropertiesAsync(key, cancellationToken);

        public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => inner.ExistsAsync(key, cancellationToken);

        public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

        public Task EnsureAvailableAsync(CancellationToken cancellationToken = default) => inner.EnsureAvailableAsync(cancellationToken);
    }
}
