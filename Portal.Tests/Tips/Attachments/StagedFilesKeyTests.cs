using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tips.Attachments;
using Portal.Tips.Data;
using Portal.Tips.Protection;
using Portal.Tips.Reporting;

namespace Portal.Tests.Tips.Attachments;

/// <summary>
/// Files sent with a report form wait for the form under a key only the form holds: the server's key-encryption key
/// does not open them, another form's key does not either, and the form that was sent (or corrected and sent again)
/// gets them as its tip's attachments.
/// </summary>
[IntegrationTest]
public sealed class StagedFilesKeyTests(AttachmentPortalFactory portal) : IClassFixture<AttachmentPortalFactory>
{
    [Fact]
    public async Task A_staged_file_opens_only_with_its_forms_key_and_becomes_the_submitted_tips_attachment()
    {
        var store = portal.Services.GetRequiredService<TipAttachmentStore>();
        var keyring = portal.Services.GetRequiredService<TipKeyring>();
        var formKey = Guid.NewGuid().ToString("N");
        Assert.True((await store.StageAsync(formKey, "工资欠条.pdf", RequestBodyStream.Of(TestFiles.Pdf(12_000)))).Accepted);
        var hash = portal.Services.GetRequiredService<ReceiptHashes>().OfIdempotencyKey(formKey);
        AttachmentStaging staging;
        await using (var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync())
        {
            staging = (await context.Set<AttachmentStaging>().AsNoTracking().ToListAsync()).Single(s => s.IdempotencyKeyHash.SequenceEqual(hash));
        }

        Assert.ThrowsAny<CryptographicException>(() => keyring.Open(staging.WrappedDataKey));
        Assert.Null(StagingKey.Open(keyring, Guid.NewGuid().ToString("N"), staging.TipId, staging.WrappedDataKey));
        Assert.Null(StagingKey.Open(keyring, formKey, Guid.NewGuid(), staging.WrappedDataKey));
        Assert.Equal("工资欠条.pdf", Assert.Single(await store.StagedFilesAsync(formKey)).Name);

        var submitted = await portal.Services.GetRequiredService<TipIntake>().SubmitAsync(
            TipSubmissions.Valid() with { IdempotencyKey = formKey, WithStagedAttachments = true });

        Assert.Equal(staging.TipId, submitted.TipId);
        await using var after = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        Assert.False(await after.Set<AttachmentStaging>().AnyAsync(s => s.TipId == staging.TipId));
        var tip = await after.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == staging.TipId);
        var file = await after.Set<TipAttachment>().AsNoTracking().SingleAsync(a => a.TipId == tip.Id);
        // This portal's province has no unit key, so the tip's key is the server's to open: the file is the tip's now.
        var dataKey = keyring.Open(tip.WrappedDataKey);
        Assert.Equal(("工资欠条.pdf", (long?)TestFiles.Pdf(12_000).Length), AttachmentFacts.Read(FieldCipher.Decrypt(dataKey, tip.Id, TipFields.AttachmentName(file.Id), file.EncryptedName)));
    }

    [Fact]
    public async Task A_files_row_shows_only_its_size_class_and_the_exact_length_is_sealed_with_its_name()
    {
        var store = portal.Services.GetRequiredService<TipAttachmentStore>();
        var formKey = Guid.NewGuid().ToString("N");
        var (small, large) = (TestFiles.Pdf(70_000), TestFiles.Pdf(120_000));
        Assert.True((await store.StageAsync(formKey, "合同第一页.pdf", RequestBodyStream.Of(small))).Accepted);
        Assert.True((await store.StageAsync(formKey, "合同全文.pdf", RequestBodyStream.Of(large))).Accepted);

        var staged = await store.StagedFilesAsync(formKey);

        Assert.Equal([("合同第一页.pdf", (long)small.Length), ("合同全文.pdf", (long)large.Length)], staged.Select(f => (f.Name, f.Length)));
        await using var context = await portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var ids = staged.Select(f => f.Id).ToList();
        var rows = await context.Set<TipAttachment>().AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Length, a.EncryptedName }).ToListAsync();
        Assert.All(rows, row => Assert.Equal(128L * 1024, row.Length));
        Assert.Single(rows.Select(row => row.EncryptedName.Length).Distinct());
    }
}
