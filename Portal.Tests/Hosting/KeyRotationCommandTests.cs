using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Tests.Reporting;
using Portal.Tests.Tips.Protection;
using Portal.Tests.Rewards;
using Portal.Tips.Attachments;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Protection;
using Portal.Tips.Rewards;
using TestKeys = Portal.Tests.Infrastructure.TestKeys;

namespace Portal.Tests.Hosting;

/// <summary>
/// The rotation an operator does: tips written under KEK version 1; version 2 added and made current;
/// <c>rewrap-tip-keys</c> run as its own process; version 1 removed. Every tip must still open — report, contact,
/// messages, reward bank details, attachment name and bytes — and every receipt must still sign in.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[ProcessTest]
public sealed class KeyRotationCommandTests : IDisposable
{
    private static readonly string Kek1 = TestKeys.Settings["Tips:Keys:Versions:1"];
    private static readonly string HashKey = TestKeys.Settings["Tips:Keys:HashKey"];

    private readonly TemporaryFolder folder = new();
    private readonly string kek2 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public enum Source
    {
        Configuration,
        KeyFile,
    }

    [Theory]
    [InlineData(Source.Configuration)]
    [InlineData(Source.KeyFile)]
    public async Task After_rotation_and_rewrap_every_tip_opens_without_the_old_version(Source source)
    {
        var database = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={folder.File("portal.db")}",
            ["Storage:FileSystemRoot"] = folder.File("blobs"),
        };
        await KeyRotationScenario.RunAsync(folder, database, source, kek2, SqliteConnection.ClearAllPools);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    /// <summary>The same rotation on any database; the settings name it.</summary>
    internal static class KeyRotationScenario
    {
        private const int Tips = 5;

        public static async Task RunAsync(TemporaryFolder folder, Dictionary<string, string?> database, Source source, string kek2, Action closeConnections)
        {
            using var keyDirectory = source == Source.KeyFile ? KeyDirectory.WithVersions(HashKey, (1, Kek1)) : null;
            var keySource = keyDirectory is null
                ? new Dictionary<string, string?>()
                : new Dictionary<string, string?> { ["Tips:Keys:Provider"] = "KeyFile", ["Tips:Keys:KeyFileDirectory"] = keyDirectory.Path };

            // 1. Tips written under version 1.
            var written = new List<WrittenTip>();
            await using (var before = new PortalFactory(null, Merge(database, keySource)))
            {
                Assert.Equal(1, before.Services.GetRequiredService<IKeyEncryptionKeyProvider>().CurrentVersion);
                for (var i = 0; i < Tips; i++)
                {
                    written.Add(await WrittenTip.CreateAsync(before.Services, i));
                }

                Assert.All(await WrappedVersionsAsync(before.Services), version => Assert.Equal(1, version));
            }

            closeConnections();

            // 2. Version 2 added and made current; the command rewraps every data key, in batches of 2.
            keyDirectory?.Write("kek-2.key", kek2);
            var process = new Dictionary<string, string>
            {
                ["Tips__Keys__CurrentVersion"] = "2",
                ["Tips__Keys__Versions__2"] = kek2,
            };
            foreach (var (key, value) in Merge(database, keySource))
            {
                process[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
            }

            var first = await PortalProcess.RunAsync(folder.Path, process, "rewrap-tip-keys", "--batch-size", "2");
            Assert.True(first.ExitCode == 0, first.Output + first.Error);
            Assert.Contains($"done: {Tips} checked, {Tips} rewrapped, 0 already current, 0 unreadable.", first.Output, StringComparison.Ordinal);
            Assert.Contains($"data keys by version before this run: version 1: {Tips}.", first.Output, StringComparison.Ordinal);
            Assert.Contains("2 checked, 2 rewrapped", first.Output, StringComparison.Ordinal);
            AssertCountsOnly(first, written);

            var again = await PortalProcess.RunAsync(folder.Path, process, "rewrap-tip-keys");
            Assert.True(again.ExitCode == 0, again.Output + again.Error);
            Assert.Contains($"done: {Tips} checked, 0 rewrapped, {Tips} already current, 0 unreadable.", again.Output, StringComparison.Ordinal);

            // 3. Version 1 removed: from configuration, or its file deleted.
            keyDirectory?.Delete("kek-1.key");
            var after = Merge(database, keySource);
            after["Tips:Keys:CurrentVersion"] = "2";
            after["Tips:Keys:Versions:1"] = null;
            after["Tips:Keys:Versions:2"] = source == Source.Configuration ? kek2 : null;
            await using var rotated = new PortalFactory(null, after);
            var keys = rotated.Services.GetRequiredService<IKeyEncryptionKeyProvider>();
            Assert.Equal(2, keys.CurrentVersion);
            Assert.ThrowsAny<CryptographicException>(() => keys.Unwrap(written[0].WrappedUnderVersion1));
            Assert.All(await WrappedVersionsAsync(rotated.Services), version => Assert.Equal(2, version));
            foreach (var tip in written)
            {
                await tip.AssertOpensAsync(rotated.Services);
            }

            closeConnections();
        }

        private static Dictionary<string, string?> Merge(Dictionary<string, string?> first, Dictionary<string, string?> second)
        {
            var merged = new Dictionary<string, string?>(first);
            foreach (var (key, value) in second)
            {
                merged[key] = value;
            }

            return merged;
        }

        private static async Task<List<int>> WrappedVersionsAsync(IServiceProvider services)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
            var wrapped = await db.Set<Tip>().Select(tip => tip.WrappedDataKey).ToListAsync();
            Assert.Equal(Tips, wrapped.Count);
            return [.. wrapped.Select(bytes => WrappedKey.FromBytes(bytes).KekVersion)];
        }

        /// <summary>The command names no tip, prints no key and repeats nothing the tips say.</summary>
        private static void AssertCountsOnly(PortalProcess.Result result, List<WrittenTip> written)
        {
            var printed = result.Output + result.Error;
            foreach (var tip in written)
            {
                Assert.DoesNotContain(tip.Id.ToString("N"), printed, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(tip.Id.ToString(), printed, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(tip.Narrative, printed, StringComparison.Ordinal);
                Assert.DoesNotContain(tip.Receipt.Number, printed, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(Kek1, printed, StringComparison.Ordinal);
            Assert.DoesNotContain(HashKey, printed, StringComparison.Ordinal);
        }
    }

    /// <summary>One tip with everything that is encrypted under its data key, and what it should decrypt to.</summary>
    internal sealed record WrittenTip(Guid Id, Receipt Receipt, string Narrative, string Message, string ClaimantName, Guid RewardId, Guid AttachmentId, byte[] Attachment, WrappedKey WrappedUnderVersion1)
    {
        public static async Task<WrittenTip> CreateAsync(IServiceProvider services, int index)
        {
            var marker = Guid.NewGuid().ToString("N");
            var narrative = $"第{index}条线索：车站有人带走一名儿童 {marker}";
            var submitted = await services.GetRequiredService<TipIntake>().SubmitAsync(
                TipSubmissions.Valid(narrative) with { Mode = ReporterMode.Named, Name = $"举报人{index}", Phone = "13800000000" });
            var id = submitted.TipId!.Value;
            var receipt = submitted.Receipt!;

            var message = $"补充信息 {index}：车辆向西开走了";
            Assert.Null((await services.GetRequiredService<TipFollowUp>().ReplyAsync(id, message)).Error);
            var claimant = $"领奖人{index}";
            var rewards = new RewardHarness(services);
            var rewardId = await rewards.ApprovedAsync(id, await rewards.OfficerAsync("province"), await rewards.SupervisorAsync("province"));
            Assert.Null((await rewards.Workflow.ChooseBankAsync(id, claimant, "中国农业银行兰州分行", "6228 4800 0000 0000 001", consent: true)).Error);
            var pdf = TestFiles.Pdf(3000 + index);
            var attachment = await services.GetRequiredService<TipAttachmentStore>().AddAsync(id, $"证据{index}.pdf", RequestBodyStream.Of(pdf));
            Assert.True(attachment.Accepted, attachment.Error);

            await using var db = await services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
            var wrapped = WrappedKey.FromBytes((await db.Set<Tip>().SingleAsync(tip => tip.Id == id)).WrappedDataKey);
            return new WrittenTip(id, receipt, narrative, message, claimant, rewardId, attachment.AttachmentId!.Value, pdf, wrapped);
        }

        public async Task AssertOpensAsync(IServiceProvider services)
        {
            var followUp = services.GetRequiredService<TipFollowUp>();
            var signIn = await followUp.SignInAsync(Receipt.Number, Receipt.Passphrase, "rotation-test-" + Id.ToString("N"));
            Assert.Equal((ReceiptSignInOutcome.SignedIn, (Guid?)Id), signIn);
            Assert.Equal(Message, Assert.Single((await followUp.ViewAsync(Id))!.Messages).Body);

            await using var db = await services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
            var tip = await db.Set<Tip>().AsNoTracking().SingleAsync(row => row.Id == Id);
            var dataKey = services.GetRequiredService<TipKeyring>().Open(tip);
            Assert.Equal(Narrative, TipKeyring.Unseal<TipReport>(dataKey, Id, "report", tip.EncryptedReport).WhatHappened);
            Assert.Equal("13800000000", TipKeyring.Unseal<ReporterContact>(dataKey, Id, "contact", tip.EncryptedContact!).Phone);
            var supervisor = new Portal.Tips.Police.StaffActor("rotation-supervisor", IsOfficer: false, IsSupervisor: true);
            await services.GetRequiredService<Portal.Tips.Police.OfficerGrants>().SetGrantsAsync("admin-test", supervisor.UserId, ["province"]);
            Assert.Equal(ClaimantName, (await services.GetRequiredService<RewardWorkflow>().BankDetailsAsync(supervisor, RewardId))!.AccountName);

            var store = services.GetRequiredService<TipAttachmentStore>();
            Assert.StartsWith("证据", await store.NameAsync(Id, AttachmentId), StringComparison.Ordinal);
            await using var content = (await store.OpenAsync(Id, AttachmentId, viewingCopy: false))!;
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            Assert.Equal(Attachment, copy.ToArray());
        }
    }
}
