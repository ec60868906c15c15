using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tests.Tips.Attachments;
using Portal.Tips.Attachments;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Tips.Protection;
using Portal.Tips.Reporting;
using Portal.Tips.Rewards;
using Portal.Tips.Sealing;
using Portal.Web.Identity.Data;

namespace Portal.Tests.Tips.Sealing;

/// <summary>
/// The seizure drill on copies: everything a running portal with sealed tips keeps at rest (its SQLite database, its
/// blob folder, every other file in its data folder, its configuration with the key-encryption and hash keys, and the
/// data protection key ring in the database) is copied, and a new host is started on the copies with nobody signed
/// in. No tip, message, file, contact or reward claim opens through its services, and every key found at rest fails on
/// every sealed envelope. The new host is a second <see cref="PortalFactory"/> in this test process (its own service
/// container, no session carried over), not a separate operating-system process.
/// </summary>
[IntegrationTest]
public sealed class SeizureDrillTests(PortalFactory portal, SealedTipsTests.Officers staff) : IClassFixture<PortalFactory>, IClassFixture<SealedTipsTests.Officers>
{
    [Fact]
    public async Task A_new_host_on_copies_of_everything_at_rest_opens_nothing_and_no_key_at_rest_opens_an_envelope()
    {
        var officers = await staff.ReadyAsync(portal);
        var live = await UseTheLivePortalAsync(officers);

        using var copies = new TemporaryFolder();
        await SeizeAsync(copies);
        await using var seized = new PortalFactory(null, new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = $"Data Source={copies.File("portal.db")}",
            ["Storage:FileSystemRoot"] = copies.File("blobs"),
        });
        T Get<T>()
            where T : notnull => seized.Services.GetRequiredService<T>();

        // The copies are complete: the seized host sees the tip, its files and its reward.
        await using (var context = await Get<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync())
        {
            Assert.True(await context.Set<Tip>().AnyAsync(t => t.Id == live.TipId));
            Assert.Equal(live.AttachmentId, (await context.Set<TipAttachment>().SingleAsync(a => a.TipId == live.TipId)).Id);
            Assert.NotNull((await context.Set<Reward>().SingleAsync(r => r.TipId == live.TipId)).EncryptedBankDetails);
        }

        using (SealedTipAccess.Begin())
        {
            await Assert.ThrowsAsync<TipLockedException>(() => Get<TipFollowUp>().ViewAsync(live.TipId));
            await Assert.ThrowsAsync<TipLockedException>(() => Get<TipAttachmentStore>().NameAsync(live.TipId, live.AttachmentId));
            await Assert.ThrowsAsync<TipLockedException>(() => Get<TipAttachmentStore>().OpenAsync(live.TipId, live.AttachmentId, viewingCopy: false));
            Assert.False((await Get<TipAttachmentStore>().AddAsync(live.TipId, "追加.pdf", RequestBodyStream.Of(TestFiles.Pdf(100)))).Accepted);
            foreach (var officer in officers.Readers)
            {
                await Assert.ThrowsAsync<TipLockedException>(() => Get<TipCases>().OpenAsync(officer.Actor, live.TipId));
                await Assert.ThrowsAsync<TipLockedException>(() => Get<TipCases>().OpenAttachmentAsync(officer.Actor with { IsSupervisor = true }, live.TipId, live.AttachmentId, original: true));
                await Assert.ThrowsAsync<TipLockedException>(() => Get<RewardWorkflow>().NotesAsync(officer.Actor, live.RewardId));
                await Assert.ThrowsAsync<TipLockedException>(() => Get<RewardWorkflow>().BankDetailsAsync(officer.Actor with { IsSupervisor = true }, live.RewardId));
            }

            // Both approvals are at rest, but the request's key was only in the asker's session.
            Assert.Equal(IdentityDisclosures.SessionEnded, (await Get<IdentityDisclosures>().OpenAsync(officers.Readers[0].Actor, live.DisclosureId)).Error);
        }

        var candidates = await KeysAtRestAsync(seized, copies);
        Assert.Contains(candidates, c => c.Source.StartsWith("data protection", StringComparison.Ordinal));
        Assert.Contains(candidates, c => c.Source.StartsWith("Tips:Keys:Versions", StringComparison.Ordinal));
        var envelopes = await EnvelopesAsync(seized, copies, live.TipId);

        // The trials are real: the tip's own data key, taken from the live portal, opens what it should, and so do the
        // county officer's unit key and member key, opened with their password.
        Assert.True(envelopes.OpensWithDataKey(live.DataKey));
        var county = officers.Readers[0];
        using (var countyKeys = (await Live<UnitKeyStore>().UnlockAsync(county.Actor.UserId, county.Password))!)
        using (var memberKey = envelopes.MemberKeys.Single(m => m.UserId == county.Actor.UserId).ToKey().Unlock(county.Password)!)
        {
            Assert.NotNull(TipSeal.Open(envelopes.Tip.Id, UnitShares.FromBytes(envelopes.Tip.DataKeyShares), countyKeys));
            Assert.NotNull(ContactSeal.OpenPart(envelopes.Tip.Id, envelopes.Tip.ContactKeyParts!, ContactSeal.PartA, countyKeys));
            Assert.Contains(envelopes.UnitKeys, u => u.Open(county.Actor.UserId, memberKey) is not null);
        }

        foreach (var (source, key) in candidates)
        {
            Assert.False(envelopes.OpensWithDataKey(key), $"{source} opened a field or file as the data key");
            Assert.False(envelopes.OpensAsUnitOrMemberKey(key), $"{source} opened a sealed box as a private key");
            Assert.Null(ReporterKey.Open(key, envelopes.Tip.ReporterDataKey!, envelopes.Tip.Id));
            Assert.ThrowsAny<CryptographicException>(() => FieldCipher.DecryptBytes(key, envelopes.Tip.Id, TipFields.Contact, envelopes.Tip.EncryptedContact));
        }

        var kek = Get<IKeyEncryptionKeyProvider>();
        foreach (var column in new[] { envelopes.Tip.DataKeyShares!, envelopes.Tip.ReporterDataKey!, envelopes.Tip.ContactKeyParts! })
        {
            Assert.ThrowsAny<CryptographicException>(() => kek.Unwrap(WrappedKey.FromBytes(column)));
        }

        // A member key tried with each key at rest written as text (the Argon2id tries are slow: these few only).
        var member = envelopes.MemberKeys[0];
        Assert.All(candidates.Select(c => Convert.ToBase64String(c.Key)).Distinct().Take(12), text => Assert.Null(member.ToKey().Unlock(text)));
    }

    private T Live<T>()
        where T : notnull => portal.Services.GetRequiredService<T>();

    /// <summary>A named tip with a file, messages both ways, a disclosure seen by its asker and a reward claimed by bank transfer.</summary>
    private async Task<LiveTip> UseTheLivePortalAsync(SealedTipsTests.OfficerSet officers)
    {
        var (county, supervisor, province) = (officers.Readers[0], officers.Readers[1], officers.Readers[2]);
        var named = TipSubmissions.Valid("扣押演练 " + Guid.NewGuid().ToString("N")[..8]) with { Mode = ReporterMode.Named, Name = "赵淑珍", Phone = "13700137000" };
        var submitted = await Live<TipIntake>().SubmitAsync(named);
        var (tipId, receipt) = (submitted.TipId!.Value, submitted.Receipt!);
        Guid attachmentId;
        using (SealedTipAccess.Begin())
        {
            Assert.Equal(ReceiptSignInOutcome.SignedIn, (await Live<TipFollowUp>().SignInAsync(receipt.Number, receipt.Passphrase, "seizure-bucket")).Outcome);
            Assert.True((await Live<TipFollowUp>().ReplyAsync(tipId, "车停在火车站东侧。")).Succeeded);
            attachmentId = (await Live<TipAttachmentStore>().AddAsync(tipId, "现场.jpg", RequestBodyStream.Of(TestFiles.JpegWithGps("GPS-SEIZURE")))).AttachmentId!.Value;
        }

        byte[] dataKey;
        Guid disclosureId;
        using (var keys = (await Live<UnitKeyStore>().UnlockAsync(county.Actor.UserId, county.Password))!)
        using (SealedTipAccess.Begin(() => keys))
        {
            Assert.True((await Live<TipCases>().SendMessageAsync(county.Actor, tipId, "收到，请保持电话畅通。")).Succeeded);
            await using (var context = await Live<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync())
            {
                var tip = await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId);
                dataKey = TipSeal.Open(tipId, UnitShares.FromBytes(tip.DataKeyShares), keys)!;
            }

            disclosureId = (await Live<IdentityDisclosures>().RequestAsync(county.Actor, tipId, "需要当面核实")).Value;
            foreach (var approver in new[] { supervisor, province })
            {
                using var approverKeys = (await Live<UnitKeyStore>().UnlockAsync(approver.Actor.UserId, approver.Password))!;
                using var approving = SealedTipAccess.Begin(() => approverKeys);
                Assert.Null((await Live<IdentityDisclosures>().ApproveAsync(approver.Actor, disclosureId)).Error);
            }

            Assert.True((await Live<IdentityDisclosures>().OpenAsync(county.Actor, disclosureId)).Succeeded);
            Assert.Null((await Live<TipCases>().CloseAsync(county.Actor, tipId, CaseOutcome.Substantiated, null)).Error);
            Assert.Null((await Live<RewardWorkflow>().ProposeAsync(county.Actor, tipId, "verified", "线索属实。")).Error);
        }

        Guid rewardId;
        using (var keys = (await Live<UnitKeyStore>().UnlockAsync(supervisor.Actor.UserId, supervisor.Password))!)
        using (SealedTipAccess.Begin(() => keys))
        {
            rewardId = (await Live<RewardWorkflow>().OfTipAsync(supervisor.Actor, tipId)).Active!.Id;
            Assert.Null((await Live<RewardWorkflow>().ApproveAsync(supervisor.Actor, rewardId)).Error);
        }

        using (SealedTipAccess.Begin())
        {
            Assert.Equal(ReceiptSignInOutcome.SignedIn, (await Live<TipFollowUp>().SignInAsync(receipt.Number, receipt.Passphrase, "seizure-bucket")).Outcome);
            Assert.Null((await Live<RewardWorkflow>().ChooseBankAsync(tipId, "赵淑珍", "中国农业银行兰州分行", "6228 4800 1234 5678 901", consent: true)).Error);
        }

        // The host's data protection key ring is in its database, as on a server that has served a page.
        Live<IDataProtectionProvider>().CreateProtector("seizure-drill").Protect("x"u8.ToArray());
        return new LiveTip(tipId, attachmentId, rewardId, disclosureId, dataKey);
    }

    /// <summary>A consistent copy of the database (as a backup takes it), the blob folder and every other file.</summary>
    private async Task SeizeAsync(TemporaryFolder copies)
    {
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(portal.DataFolder, "portal.db")}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $target";
            command.Parameters.AddWithValue("$target", copies.File("portal.db"));
            await command.ExecuteNonQueryAsync();
        }

        foreach (var file in Directory.EnumerateFiles(portal.DataFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(portal.DataFolder, file);
            if (relative.StartsWith("portal.db", StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(copies.File(relative))!);
            File.Copy(file, copies.File(relative));
        }
    }

    /// <summary>
    /// Every 32-byte key the copies hold or the configuration names: values in base64 (the key-encryption keys, the hash
    /// key, other secrets), files in the data folder outside the database and the blobs, and each data protection master
    /// key (its first and last 32 bytes).
    /// </summary>
    private static async Task<List<(string Source, byte[] Key)>> KeysAtRestAsync(PortalFactory seized, TemporaryFolder copies)
    {
        var found = new List<(string, byte[])>();
        void Consider(string source, string? text)
        {
            if (text is null)
            {
                return;
            }

            var bytes = new byte[(text.Length * 3 / 4) + 3];
            if (Convert.TryFromBase64String(text.Trim(), bytes, out var length) && length >= 32)
            {
                found.Add((source, bytes[..32]));
                found.Add((source + " (last 32 bytes)", bytes[(length - 32)..length]));
            }
        }

        foreach (var (key, value) in seized.Services.GetRequiredService<IConfiguration>().AsEnumerable())
        {
            Consider(key, value);
        }

        foreach (var file in Directory.EnumerateFiles(copies.Path, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(copies.Path, file);
            if (!relative.StartsWith("portal.db", StringComparison.Ordinal) && !relative.StartsWith("blobs", StringComparison.Ordinal))
            {
                Consider("file " + relative, await File.ReadAllTextAsync(file));
            }
        }

        await using var identity = await seized.Services.GetRequiredService<IDbContextFactory<PortalIdentityDbContext>>().CreateDbContextAsync();
        foreach (var xml in await identity.DataProtectionKeys.Select(k => k.Xml).ToListAsync())
        {
            foreach (Match master in Regex.Matches(xml ?? "", "<value>([A-Za-z0-9+/=]+)</value>"))
            {
                Consider("data protection master key", master.Groups[1].Value);
            }
        }

        return found;
    }

    private static async Task<Envelopes> EnvelopesAsync(PortalFactory seized, TemporaryFolder copies, Guid tipId)
    {
        await using var context = await seized.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        var tip = await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId);
        var messages = await context.Set<TipMessage>().AsNoTracking().Where(m => m.TipId == tipId).ToListAsync();
        var attachment = await context.Set<TipAttachment>().AsNoTracking().SingleAsync(a => a.TipId == tipId);
        var reward = await context.Set<Reward>().AsNoTracking().SingleAsync(r => r.TipId == tipId);
        var unitKeys = await context.Set<UnitKeyRecord>().AsNoTracking().ToListAsync();
        var shares = await context.Set<UnitKeyShareRecord>().AsNoTracking().ToListAsync();
        var members = await context.Set<MemberKeyRecord>().AsNoTracking().ToListAsync();
        Assert.NotEmpty(messages);
        return new Envelopes(
            tip,
            [.. messages.Select(m => (TipFields.Message(m.Id), m.EncryptedBody))],
            (attachment.Id, await File.ReadAllBytesAsync(Path.Combine(copies.Path, "blobs", attachment.BlobKey)), attachment.EncryptedName),
            reward,
            [.. unitKeys.Select(u => new UnitKey(u.Unit, u.Generation, u.PublicKey,
                shares.Where(s => s.Unit == u.Unit && s.Generation == u.Generation).ToDictionary(s => s.MemberId, s => s.Sealed, StringComparer.Ordinal), u.RecoveryShare))],
            members);
    }

    private sealed record LiveTip(Guid TipId, Guid AttachmentId, Guid RewardId, Guid DisclosureId, byte[] DataKey);

    /// <summary>What is sealed at rest for one tip, and the shares of every unit key, with the trials of a key on them.</summary>
    private sealed record Envelopes(
        Tip Tip,
        IReadOnlyList<(string Field, byte[] Stored)> Messages,
        (Guid Id, byte[] Blob, byte[] EncryptedName) Attachment,
        Reward Reward,
        IReadOnlyList<UnitKey> UnitKeys,
        IReadOnlyList<MemberKeyRecord> MemberKeys)
    {
        /// <summary>Whether <paramref name="key"/>, as the tip's data key, opens its report, a message, the file, its name or the claim.</summary>
        public bool OpensWithDataKey(byte[] key)
        {
            var fields = new List<(string Field, byte[] Stored)>(Messages) { (TipFields.Report, Tip.EncryptedReport), (TipFields.AttachmentName(Attachment.Id), Attachment.EncryptedName) };
            fields.Add((RewardFields.BankDetails(Reward.Id), Reward.EncryptedBankDetails!));
            fields.Add((RewardFields.Justification(Reward.Id), Reward.EncryptedJustification!));
            var opened = fields.Select(f => Opens(() => FieldCipher.DecryptBytes(key, Tip.Id, f.Field, f.Stored))).ToList();
            opened.Add(Opens(() =>
            {
                using var plaintext = AttachmentCipher.OpenDecryptingStream(new MemoryStream(Attachment.Blob), key, Tip.Id, Attachment.Id);
                plaintext.CopyTo(Stream.Null);
            }));
            Assert.True(opened.All(o => o) || opened.All(o => !o), "a key opened some envelopes of one tip and not others");
            return opened[0];
        }

        /// <summary>
        /// Whether <paramref name="key"/>, as the private key of any unit (every generation) or member, or as the
        /// recovery key, opens the tip's key shares, its identity parts, or any unit key's share.
        /// </summary>
        public bool OpensAsUnitOrMemberKey(byte[] key)
        {
            using var session = new UnitKeySession();
            foreach (var unitKey in UnitKeys)
            {
                session.Add(unitKey.Unit, unitKey.Generation, Key.Import(KeyAgreementAlgorithm.X25519, key, KeyBlobFormat.RawPrivateKey));
            }

            using var asKey = Key.Import(KeyAgreementAlgorithm.X25519, key, KeyBlobFormat.RawPrivateKey);
            return TipSeal.Open(Tip.Id, UnitShares.FromBytes(Tip.DataKeyShares), session) is not null
                || ContactSeal.OpenPart(Tip.Id, Tip.ContactKeyParts!, ContactSeal.PartA, session) is not null
                || ContactSeal.OpenPart(Tip.Id, Tip.ContactKeyParts!, ContactSeal.PartB, session) is not null
                || UnitKeys.Any(u => u.OpenWithRecovery(asKey) is not null || u.MemberShares.Keys.Any(m => u.Open(m, asKey) is not null));
        }

        private static bool Opens(Action open)
        {
            try
            {
                open();
                return true;
            }
            catch (CryptographicException)
            {
                return false;
            }
        }
    }
}
