using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Storage.Blobs;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Tests.Reporting;
using Portal.Tips.Attachments;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Monitoring;
using Portal.Tips.Reporting;
using Portal.Tips.Police;
using Portal.Tips.Retention;
using Portal.Tips.Rewards;
using Portal.Tips.Protection;

namespace Portal.Tests.Tips.Retention;

/// <summary>The tip services of one portal, all on one fake clock, for retention scenarios that span years.</summary>
public sealed class RetentionHarness(PortalFactory portal, FakeTimeProvider time)
{
    internal IDbContextFactory<TipsDbContext> Contexts => portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>();

    public IBlobStore Blobs => portal.Services.GetRequiredService<IBlobStore>();

    public TipAuditLog Audit => new(new TipsContexts(Contexts), portal.Services.GetRequiredService<IKeyEncryptionKeyProvider>(), time);

    private TipKeyring Keyring => portal.Services.GetRequiredService<TipKeyring>();

    private ReceiptHashes Hashes => portal.Services.GetRequiredService<ReceiptHashes>();

    private OfficerGrants Grants => portal.Services.GetRequiredService<OfficerGrants>();

    public TipIntake Intake => new(new TipsContexts(Contexts), Keyring, Hashes, portal.Services.GetRequiredService<TipMetrics>(), time);

    public TipFollowUp FollowUp => new(new TipsContexts(Contexts), Keyring, Hashes, time);

    /// <summary>A reporter's reward request still waiting for the police (as claims from the earlier claim form were carried over).</summary>
    public async Task RequestRewardAsync(Guid tipId)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        context.Add(new Reward { Id = Guid.CreateVersion7(time.GetUtcNow()), TipId = tipId, Status = RewardStatus.Requested, CreatedAt = time.GetUtcNow() });
        await context.SaveChangesAsync();
    }

    public TipAttachmentStore Attachments => new(new TipsContexts(Contexts), Keyring, Hashes, Blobs, portal.Services.GetRequiredService<ViewingCopies>(), time, NullLogger<TipAttachmentStore>.Instance);

    public TipCases Cases => new(new TipsContexts(Contexts), Keyring, Grants, Audit, Attachments, time);

    internal TipPurger Purger(RetentionOptions? options = null) =>
        new(Contexts, Audit, Blobs, Options.Create(options ?? new RetentionOptions()), time, NullLogger<TipPurger>.Instance);

    public async Task<StaffActor> OfficerAsync(string jurisdiction = "620100")
    {
        var officer = new StaffActor("officer-" + Guid.NewGuid().ToString("N")[..8], IsOfficer: true, IsSupervisor: false);
        Assert.Null((await Grants.SetGrantsAsync("admin-test", officer.UserId, [jurisdiction])).Error);
        return officer;
    }

    public async Task<Guid> TipAsync(string? narrative = null)
    {
        var result = await Intake.SubmitAsync(TipSubmissions.Valid(narrative));
        Assert.True(result.Accepted, string.Join(", ", result.Errors));
        return result.TipId!.Value;
    }

    /// <summary>A tip with something in every place a purge must empty; returns what to look for afterwards.</summary>
    public async Task<WorkedTip> WorkedTipAsync(StaffActor officer, string narrative)
    {
        var submitted = await Intake.SubmitAsync(TipSubmissions.Valid(narrative));
        Assert.True(submitted.Accepted, string.Join(", ", submitted.Errors));
        var (tipId, receipt) = (submitted.TipId!.Value, submitted.Receipt!);
        Assert.Equal((ReceiptSignInOutcome.SignedIn, (Guid?)tipId), await FollowUp.SignInAsync(receipt.Number, receipt.Passphrase, "retention-test"));
        Assert.Null((await FollowUp.ReplyAsync(tipId, "补充：面包车往西开走了")).Error);
        Assert.Null((await Cases.SendMessageAsync(officer, tipId, "请问还记得车牌吗？")).Error);
        Assert.Null((await Cases.AddNoteAsync(officer, tipId, "已调取车站监控")).Error);
        await RequestRewardAsync(tipId);

        var photo = await Attachments.AddAsync(tipId, "现场.jpg", RequestBodyStream.Of(TestFiles.JpegWithGps("RETENTION-GPS")));
        var pdf = await Attachments.AddAsync(tipId, "聊天记录.pdf", RequestBodyStream.Of(TestFiles.Pdf(2000)));
        Assert.True(photo.Accepted && pdf.Accepted, photo.Error ?? pdf.Error);

        await using var context = await Contexts.CreateDbContextAsync();
        var files = await context.Set<TipAttachment>().AsNoTracking().Where(a => a.TipId == tipId).ToListAsync();
        var blobKeys = files.SelectMany(f => new[] { f.BlobKey, f.ViewingCopyBlobKey }).OfType<string>().ToList();
        Assert.Equal(3, blobKeys.Count); // the photo, its viewing copy, the PDF
        // As if the store had refused a copy once: an outbox item waiting for the PDF.
        context.Add(new AttachmentOutboxItem
        {
            Id = Guid.NewGuid(), AttachmentId = pdf.AttachmentId!.Value, BlobKey = files.Single(f => f.Id == pdf.AttachmentId).BlobKey,
            EncryptedContent = RandomNumberGenerator.GetBytes(64), NextAttemptAt = time.GetUtcNow().AddYears(10),
        });
        await context.SaveChangesAsync();
        var receiptHash = (await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId)).ReceiptNumberHash;
        return new WorkedTip(tipId, receiptHash, blobKeys);
    }

    /// <summary>How many rows anywhere still belong to the tip (the tip row, its children, its receipt's sign-ins, listed blobs).</summary>
    public async Task<Dictionary<string, int>> RowsOfAsync(WorkedTip tip)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        var files = context.Set<TipAttachment>().Where(a => a.TipId == tip.Id).Select(a => a.Id);
        return new Dictionary<string, int>
        {
            ["Tips"] = await context.Set<Tip>().CountAsync(t => t.Id == tip.Id),
            ["TipMessages"] = await context.Set<TipMessage>().CountAsync(m => m.TipId == tip.Id),
            ["TipNotes"] = await context.Set<TipNote>().CountAsync(n => n.TipId == tip.Id),
            ["Rewards"] = await context.Set<Reward>().CountAsync(c => c.TipId == tip.Id),
            ["TipAttachments"] = await files.CountAsync(),
            ["AttachmentOutbox"] = await context.Set<AttachmentOutboxItem>().CountAsync(i => files.Contains(i.AttachmentId)),
            ["ReceiptSignInAttempts"] = await context.Set<ReceiptSignInAttempt>().CountAsync(a => a.ReceiptNumberHash == tip.ReceiptNumberHash),
            ["PurgedBlobs"] = await context.Set<PurgedBlob>().CountAsync(b => tip.BlobKeys.Contains(b.BlobKey)),
        };
    }

    public async Task<int> BlobsLeftAsync(WorkedTip tip)
    {
        var left = 0;
        foreach (var key in tip.BlobKeys)
        {
            left += await Blobs.ExistsAsync(key) ? 1 : 0;
        }

        return left;
    }

    public async Task<bool> ExistsAsync(Guid tipId)
    {
        await using var context = await Contexts.CreateDbContextAsync();
        return await context.Set<Tip>().AnyAsync(t => t.Id == tipId);
    }

    public sealed record WorkedTip(Guid Id, byte[] ReceiptNumberHash, IReadOnlyList<string> BlobKeys);
}
