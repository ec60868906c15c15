using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Reporting;
using Portal.Tests.Tips.Attachments;
using Portal.Tips.Attachments;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Tips.Protection;
using Portal.Tips.Reporting;
using Portal.Tips.Sealing;

namespace Portal.Tests.Tips.Sealing;

/// <summary>
/// Tips as the province runs them once its units have keys: intake seals each tip to the county it routes to, that
/// county's prefecture and the provincial office, and to the reporter's receipt; the server keeps no copy. Officers
/// open a tip only with a unit key their sign-in unlocked (being in scope is not enough), the reporter only with the
/// receipt, and what the server holds at rest (the database, its configuration and the key-encryption key) opens
/// nothing.
/// </summary>
[IntegrationTest]
public abstract class SealedTipsTests
{
    private const string County = "620102";
    private const string Prefecture = "620100";
    private const string OtherPrefecture = "620200";

    protected abstract PortalFactory Portal { get; }

    protected abstract Officers Staff { get; }

    private T Get<T>()
        where T : notnull => Portal.Services.GetRequiredService<T>();

    [Fact]
    public async Task A_tip_is_sealed_to_its_county_prefecture_and_province_and_opens_only_with_their_keys()
    {
        var officers = await Staff.ReadyAsync(Portal);
        var narrative = "封存测试 " + Guid.NewGuid().ToString("N")[..8];
        var tipId = (await Get<TipIntake>().SubmitAsync(TipSubmissions.Valid(narrative))).TipId!.Value;

        var stored = await StoredAsync(tipId);
        Assert.Empty(stored.WrappedDataKey);
        Assert.NotNull(stored.ReporterDataKey);
        Assert.Equal(
            new[] { County, Prefecture, Jurisdictions.Province }.Order(StringComparer.Ordinal),
            UnitShares.FromBytes(stored.DataKeyShares).Select(s => s.Unit).Order(StringComparer.Ordinal));

        // Nobody signed in: the services refuse to open it at all.
        foreach (var officer in officers.Readers)
        {
            await Assert.ThrowsAsync<TipLockedException>(() => Get<TipCases>().OpenAsync(officer.Actor, tipId));
        }

        foreach (var officer in officers.Readers)
        {
            using var session = await UnlockAsync(officer);
            using var access = SealedTipAccess.Begin(() => session);
            var view = await Get<TipCases>().OpenAsync(officer.Actor, tipId);
            Assert.Equal(narrative, view.Report.WhatHappened);
        }

        // In scope by a grant, signed in with a key, but a member of none of the tip's units.
        using (var outsiderKeys = await UnlockAsync(officers.Outsider))
        using (SealedTipAccess.Begin(() => outsiderKeys))
        {
            Assert.True(await Get<TipCases>().CoversAsync(officers.Outsider.Actor, tipId));
            await Assert.ThrowsAsync<TipLockedException>(() => Get<TipCases>().OpenAsync(officers.Outsider.Actor, tipId));
        }
    }

    [Fact]
    public async Task The_reporter_follows_up_with_the_receipt_alone_and_each_side_reads_the_other()
    {
        var officers = await Staff.ReadyAsync(Portal);
        var submitted = await Get<TipIntake>().SubmitAsync(TipSubmissions.Valid());
        var (tipId, receipt) = (submitted.TipId!.Value, submitted.Receipt!);
        var followUp = Get<TipFollowUp>();

        using (var reporter = SealedTipAccess.Begin())
        {
            var (outcome, signedIn) = await followUp.SignInAsync(receipt.GroupedNumber, receipt.Passphrase.ToLowerInvariant(), "reporter-bucket");
            Assert.Equal(ReceiptSignInOutcome.SignedIn, outcome);
            Assert.Equal(tipId, signedIn);
            Assert.True((await followUp.ReplyAsync(tipId, "我又想起一个细节：车是白色的。")).Succeeded);
            var photo = await Get<TipAttachmentStore>().AddAsync(tipId, "现场.pdf", RequestBodyStream.Of(TestFiles.Pdf(2_000)));
            Assert.True(photo.Accepted, photo.ToString());
        }

        // The tip id alone (a forged or replayed follow-up without the receipt's key) opens nothing.
        using (SealedTipAccess.Begin())
        {
            await Assert.ThrowsAsync<TipLockedException>(() => followUp.ViewAsync(tipId));
            Assert.False((await Get<TipAttachmentStore>().AddAsync(tipId, "伪造.pdf", RequestBodyStream.Of(TestFiles.Pdf(100)))).Accepted);
        }

        var county = officers.Readers[0];
        using (var session = await UnlockAsync(county))
        using (SealedTipAccess.Begin(() => session))
        {
            var view = await Get<TipCases>().OpenAsync(county.Actor, tipId);
            Assert.Contains(view.Messages, m => m.Body == "我又想起一个细节：车是白色的。");
            var file = Assert.Single(view.Attachments);
            Assert.Equal("现场.pdf", file.Name);
            var opened = await Get<TipCases>().OpenAttachmentAsync(county.Actor, tipId, file.Id, original: false);
            await using (opened!.Value.Content)
            {
                Assert.Equal(TestFiles.Pdf(2_000), await ReadAllAsync(opened.Value.Content));
            }

            Assert.True((await Get<TipCases>().SendMessageAsync(county.Actor, tipId, "谢谢，请问车牌还记得吗？")).Succeeded);
        }

        using (SealedTipAccess.Begin())
        {
            Assert.Equal(ReceiptSignInOutcome.SignedIn, (await followUp.SignInAsync(receipt.Number, receipt.Passphrase, "reporter-bucket")).Outcome);
            var seen = await followUp.ViewAsync(tipId);
            Assert.Contains(seen!.Messages, m => m.Body == "谢谢，请问车牌还记得吗？");
        }
    }

    [Fact]
    public async Task A_sealed_tips_files_and_viewing_copies_are_stored_at_their_size_class_and_read_back_exactly()
    {
        var officers = await Staff.ReadyAsync(Portal);
        var submitted = await Get<TipIntake>().SubmitAsync(TipSubmissions.Valid());
        var (tipId, receipt) = (submitted.TipId!.Value, submitted.Receipt!);
        // 1.05 and 1.24 MiB: both in the 1.25 MiB class.
        var (shorter, longer) = (TestFiles.Pdf(1_100_000), TestFiles.Pdf(1_300_000));
        var photo = TestFiles.JpegWithGps("GPS-" + Guid.NewGuid().ToString("N"), 300, 200);
        var ids = new List<Guid>();
        using (SealedTipAccess.Begin())
        {
            Assert.Equal(ReceiptSignInOutcome.SignedIn, (await Get<TipFollowUp>().SignInAsync(receipt.Number, receipt.Passphrase, "reporter-bucket")).Outcome);
            foreach (var (name, content) in new[] { ("一.pdf", shorter), ("二.pdf", longer), ("现场.jpg", photo) })
            {
                var added = await Get<TipAttachmentStore>().AddAsync(tipId, name, RequestBodyStream.Of(content));
                Assert.True(added.Accepted, added.ToString());
                ids.Add(added.AttachmentId!.Value);
            }
        }

        const int Header = 13;
        const int SealedChunk = 4 + SizeClasses.FileChunkSize + 16;
        var folder = Path.Combine(Portal.DataFolder, "blobs", "tips", tipId.ToString("N"));
        long BlobLength(string name) => new FileInfo(Path.Combine(folder, name)).Length;
        Assert.Equal(Header + (20 * SealedChunk), BlobLength($"{ids[0]:N}.bin"));
        Assert.Equal(BlobLength($"{ids[0]:N}.bin"), BlobLength($"{ids[1]:N}.bin"));
        // The photo and its viewing copy are small: one chunk each, whatever their exact sizes.
        Assert.Equal(Header + SealedChunk, BlobLength($"{ids[2]:N}.bin"));
        Assert.Equal(Header + SealedChunk, BlobLength($"{ids[2]:N}-view.bin"));

        var supervisor = officers.Readers[1];
        using var session = await UnlockAsync(supervisor);
        using var access = SealedTipAccess.Begin(() => session);
        foreach (var (id, content) in new[] { (ids[0], shorter), (ids[1], longer), (ids[2], photo) })
        {
            var opened = await Get<TipCases>().OpenAttachmentAsync(supervisor.Actor, tipId, id, original: true);
            await using (opened!.Value.Content)
            {
                Assert.Equal(content, await ReadAllAsync(opened.Value.Content));
            }
        }

        var copy = await Get<TipCases>().OpenAttachmentAsync(supervisor.Actor, tipId, ids[2], original: false);
        await using (copy!.Value.Content)
        {
            using var decoded = SkiaSharp.SKBitmap.Decode(await ReadAllAsync(copy.Value.Content));
            // Turned upright by its EXIF orientation.
            Assert.Equal((200, 300), (decoded.Width, decoded.Height));
        }
    }

    [Fact]
    public async Task A_transfer_seals_the_tip_to_its_new_unit_by_a_member_who_opens_it_and_a_duplicate_shares_nothing()
    {
        var officers = await Staff.ReadyAsync(Portal);
        var county = officers.Readers[0];
        var tipId = (await Get<TipIntake>().SubmitAsync(TipSubmissions.Valid())).TipId!.Value;
        var otherId = (await Get<TipIntake>().SubmitAsync(TipSubmissions.Valid())).TipId!.Value;
        using var outsiderKeys = await UnlockAsync(officers.Outsider);
        Assert.Null(TipSeal.Open(tipId, UnitShares.FromBytes((await StoredAsync(tipId)).DataKeyShares), outsiderKeys));

        // Without keys the transfer is refused and the tip stays where it was.
        using (SealedTipAccess.Begin())
        {
            await Assert.ThrowsAsync<TipLockedException>(() => Get<TipCases>().TransferAsync(county.Actor, tipId, OtherPrefecture, "地点在嘉峪关"));
        }

        Assert.Equal(County, (await StoredAsync(tipId)).JurisdictionKey);
        var otherShares = (await StoredAsync(otherId)).DataKeyShares;
        using (var session = await UnlockAsync(county))
        using (SealedTipAccess.Begin(() => session))
        {
            Assert.True((await Get<TipCases>().MarkDuplicateAsync(county.Actor, tipId, otherId)).Succeeded);
            Assert.True((await Get<TipCases>().TransferAsync(county.Actor, tipId, OtherPrefecture, "地点在嘉峪关")).Succeeded);
        }

        var moved = await StoredAsync(tipId);
        Assert.Equal(OtherPrefecture, moved.JurisdictionKey);
        Assert.NotNull(TipSeal.Open(tipId, UnitShares.FromBytes(moved.DataKeyShares), outsiderKeys));
        // The duplicate link and the transfer opened nothing new on the other tip.
        Assert.Equal(otherShares, (await StoredAsync(otherId)).DataKeyShares);
        Assert.Null(TipSeal.Open(otherId, UnitShares.FromBytes(otherShares), outsiderKeys));
    }

    [Fact]
    public async Task A_named_reporter_is_disclosed_only_to_the_asking_investigator_after_a_supervisor_and_the_province_approve()
    {
        var officers = await Staff.ReadyAsync(Portal);
        var (county, supervisor, province) = (officers.Readers[0], officers.Readers[1], officers.Readers[2]);
        var named = TipSubmissions.Valid() with { Mode = ReporterMode.Named, Name = "王秀英", Phone = "13800138000" };
        var tipId = (await Get<TipIntake>().SubmitAsync(named)).TipId!.Value;
        var disclosures = Get<IdentityDisclosures>();

        using var investigatorKeys = await UnlockAsync(county);
        Guid requestId;
        using (SealedTipAccess.Begin(() => investigatorKeys))
        {
            var view = await Get<TipCases>().OpenAsync(county.Actor, tipId);
            Assert.True(view.IdentitySealed);
            Assert.Null(view.Contact);
            Assert.Equal(IdentityDisclosures.ReasonRequired, (await disclosures.RequestAsync(county.Actor, tipId, "  ")).Error);
            requestId = (await disclosures.RequestAsync(county.Actor, tipId, "需要联系举报人核实车辆去向")).Value;
            Assert.Equal(IdentityDisclosures.OwnRequest, (await disclosures.ApproveAsync(county.Actor, requestId)).Error);
        }

        async Task<string?> AsAsync(Officer officer, Func<Task<string?>> act)
        {
            using var keys = await UnlockAsync(officer);
            using var access = SealedTipAccess.Begin(() => keys);
            return await act();
        }

        Assert.Null(await AsAsync(province, async () => (await disclosures.ApproveAsync(province.Actor, requestId)).Error));
        Assert.Equal(IdentityDisclosures.NotAnApprover, await AsAsync(province, async () => (await disclosures.ApproveAsync(province.Actor, requestId)).Error));
        using (SealedTipAccess.Begin(() => investigatorKeys))
        {
            // One approval is not enough.
            Assert.Equal(IdentityDisclosures.NotApproved, (await disclosures.OpenAsync(county.Actor, requestId)).Error);
        }

        Assert.Null(await AsAsync(supervisor, async () => (await disclosures.ApproveAsync(supervisor.Actor, requestId)).Error));
        Assert.Equal(IdentityDisclosures.NotTheAsker, await AsAsync(supervisor, async () => (await disclosures.OpenAsync(supervisor.Actor, requestId)).Error));
        Assert.Equal(IdentityDisclosures.NotTheAsker, await AsAsync(province, async () => (await disclosures.OpenAsync(province.Actor, requestId)).Error));
        // The same investigator signed in again: the request's key was in the session they asked from.
        Assert.Equal(IdentityDisclosures.SessionEnded, await AsAsync(county, async () => (await disclosures.OpenAsync(county.Actor, requestId)).Error));

        using (SealedTipAccess.Begin(() => investigatorKeys))
        {
            var opened = await disclosures.OpenAsync(county.Actor, requestId);
            Assert.True(opened.Succeeded, opened.ToString());
            Assert.Equal(("王秀英", "13800138000"), (opened.Value!.Name, opened.Value.Phone));
            var listed = Assert.Single(await disclosures.OfTipAsync(county.Actor, tipId));
            Assert.Equal("需要联系举报人核实车辆去向", listed.Reason);
            Assert.True(listed.Approved);
        }

        var trail = (await Get<Portal.Tips.Audit.TipAuditLog>().OfTipAsync(tipId)).Select(e => (e.Action, e.ActorId)).ToList();
        Assert.Contains((IdentityDisclosures.RequestAction, county.Actor.UserId), trail);
        Assert.Contains((IdentityDisclosures.ApproveAction, province.Actor.UserId), trail);
        Assert.Contains((IdentityDisclosures.ApproveAction, supervisor.Actor.UserId), trail);
        Assert.Contains((IdentityDisclosures.OpenAction, county.Actor.UserId), trail);
    }

    [Fact]
    public async Task What_the_server_holds_at_rest_opens_no_sealed_tip()
    {
        var officers = await Staff.ReadyAsync(Portal);
        var contact = TipSubmissions.Valid() with { Mode = ReporterMode.Named, Name = "王秀英", Phone = "13800138000" };
        var tipId = (await Get<TipIntake>().SubmitAsync(contact)).TipId!.Value;
        var stored = await StoredAsync(tipId);
        var kek = Get<IKeyEncryptionKeyProvider>();

        // The key-encryption key unwraps nothing: there is no wrapped key, and no share is under it.
        Assert.Empty(stored.WrappedDataKey);
        foreach (var column in new[] { stored.DataKeyShares!, stored.ReporterDataKey! })
        {
            Assert.ThrowsAny<CryptographicException>(() => kek.Unwrap(WrappedKey.FromBytes(column)));
        }

        // No member key opens with anything the configuration holds, tried as a password.
        var candidates = Get<IConfiguration>().AsEnumerable().Select(pair => pair.Value).OfType<string>().Distinct().ToList();
        var factory = Get<IDbContextFactory<TipsDbContext>>();
        await using var context = await factory.CreateDbContextAsync();
        var memberKeys = await context.Set<MemberKeyRecord>().AsNoTracking().ToListAsync();
        Assert.NotEmpty(memberKeys);
        var cheapest = memberKeys[0].ToKey();
        Assert.All(candidates.Take(40), candidate => Assert.Null(cheapest.Unlock(candidate)));

        // Through the services, with nobody's keys: the report, the contact, the messages and the files stay shut.
        using (SealedTipAccess.Begin())
        {
            await Assert.ThrowsAsync<TipLockedException>(() => Get<TipFollowUp>().ViewAsync(tipId));
            foreach (var officer in officers.Readers)
            {
                await Assert.ThrowsAsync<TipLockedException>(() => Get<TipCases>().OpenAsync(officer.Actor, tipId));
            }
        }
    }

    private async Task<UnitKeySession> UnlockAsync(Officer officer) =>
        (await Get<UnitKeyStore>().UnlockAsync(officer.Actor.UserId, officer.Password))!;

    private async Task<Tip> StoredAsync(Guid tipId)
    {
        await using var context = await Get<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        return await context.Set<Tip>().AsNoTracking().SingleAsync(t => t.Id == tipId);
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    public sealed record Officer(StaffActor Actor, string Password);

    public sealed record OfficerSet(IReadOnlyList<Officer> Readers, Officer Outsider);

    /// <summary>
    /// One officer per unit (county, prefecture, province) with their unit's key, and an officer granted the county
    /// but holding only another prefecture's key. Made once per database: a unit's first generation can be made once.
    /// </summary>
    public sealed class Officers : IDisposable
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private OfficerSet? ready;

        public async Task<OfficerSet> ReadyAsync(PortalFactory portal)
        {
            await gate.WaitAsync();
            try
            {
                return ready ??= await CreateAsync(portal);
            }
            finally
            {
                gate.Release();
            }
        }

        public void Dispose() => gate.Dispose();

        private static async Task<OfficerSet> CreateAsync(PortalFactory portal)
        {
            var store = portal.Services.GetRequiredService<UnitKeyStore>();
            var grants = portal.Services.GetRequiredService<OfficerGrants>();
            var officers = new List<Officer>();
            foreach (var unit in new[] { County, Prefecture, Jurisdictions.Province, OtherPrefecture })
            {
                // The prefecture's officer is a supervisor: the one who gives a disclosure its local approval.
                var officer = new Officer(new StaffActor($"officer-{unit}-{Guid.NewGuid():N}", IsOfficer: true, IsSupervisor: unit == Prefecture), $"密码 {unit} 2026!");
                await store.EnrolAsync(officer.Actor.UserId, officer.Password);
                Assert.True((await store.CreateUnitAsync("test-admin", unit, [officer.Actor.UserId])).Succeeded);
                // The outsider works the county's tips by grant, yet holds no key of the tip's units.
                var grant = unit == OtherPrefecture ? County : unit;
                Assert.True((await grants.SetGrantsAsync("test-admin", officer.Actor.UserId, [grant])).Succeeded);
                officers.Add(officer);
            }

            return new OfficerSet(officers[..3], officers[3]);
        }
    }
}

public sealed class SqliteSealedTipsTests(PortalFactory portal, SealedTipsTests.Officers officers) : SealedTipsTests, IClassFixture<PortalFactory>, IClassFixture<SealedTipsTests.Officers>
{
    protected override PortalFactory Portal => portal;

    protected override Officers Staff => officers;
}

public sealed class PostgresSealedTipsTests(PostgresPortalFixture fixture, SealedTipsTests.Officers officers) : SealedTipsTests, IClassFixture<PostgresPortalFixture>, IClassFixture<SealedTipsTests.Officers>
{
    protected override PortalFactory Portal => fixture.Portal;

    protected override Officers Staff => officers;
}
