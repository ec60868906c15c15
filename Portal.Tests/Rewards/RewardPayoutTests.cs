using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Police;
using Portal.Tips.Rewards;

namespace Portal.Tests.Rewards;

/// <summary>The reporter's choice and the payout: one-time hashed claim codes, encrypted bank details, exactly one payout under races.</summary>
[IntegrationTest]
public abstract class RewardPayoutTests
{
    private const string Chengguan = "620102";
    private const string Baiyin = "620402";

    protected abstract PortalFactory Portal { get; }

    private RewardHarness Harness => new(Portal.Services);

    private RewardWorkflow Workflow => Harness.Workflow;

    private async Task<(Guid TipId, Guid RewardId, StaffActor Officer, StaffActor Supervisor)> ApprovedAsync()
    {
        var officer = await Harness.OfficerAsync(Chengguan);
        var supervisor = await Harness.SupervisorAsync(Chengguan);
        var tipId = await Harness.TipAsync(Chengguan);
        return (tipId, await Harness.ApprovedAsync(tipId, officer, supervisor), officer, supervisor);
    }

    private async Task<List<byte[]>> EveryBlobOfAsync(Guid rewardId)
    {
        var stored = await Harness.StoredAsync(rewardId);
        return [.. new[] { stored.ClaimCodeHash, stored.EncryptedBankDetails, stored.EncryptedJustification, stored.EncryptedPayoutReference }.OfType<byte[]>()];
    }

    [Fact]
    public async Task The_reporter_sees_the_approved_reward_and_gets_a_one_time_claim_code_stored_only_as_a_keyed_hash()
    {
        var (tipId, rewardId, officer, _) = await ApprovedAsync();
        var available = (await Workflow.AvailableAsync(tipId))!;
        Assert.Equal((ReporterRewardState.Available, (int?)1_000, "线索查证属实"), (available.State, available.AmountYuan, available.Level!.Label));
        Assert.Equal(RewardOptions.DefaultOffice, Assert.Single(available.Offices).Key);

        Assert.Equal("reward-unknown-office", (await Workflow.ChooseClaimCodeAsync(tipId, "620402")).Error);
        var issuing = await Workflow.ChooseClaimCodeAsync(tipId, RewardOptions.DefaultOffice);
        var (error, issued) = (issuing.Error, issuing.Value);
        Assert.Null(error);
        Assert.Matches("^[0-9]{12}$", issued!.Code);
        Assert.Equal(issued.Code, ClaimCode.Normalize(issued.Grouped));
        var chosen = (await Workflow.AvailableAsync(tipId))!;
        Assert.Equal((ReporterRewardState.ClaimCodeIssued, RewardOptions.DefaultOffice), (chosen.State, chosen.ChosenOffice!.Key));

        Assert.Equal(32, (await Harness.StoredAsync(rewardId)).ClaimCodeHash!.Length);
        foreach (var blob in await EveryBlobOfAsync(rewardId))
        {
            Assert.DoesNotContain(issued.Code, Encoding.ASCII.GetString(blob) + Convert.ToHexString(blob), StringComparison.Ordinal);
        }

        Assert.Equal("reward-method-chosen", (await Workflow.ChooseBankAsync(tipId, "王五", "农业银行", "622848000000000001", consent: true)).Error);
        Assert.Equal("reward-code-invalid", (await Workflow.RedeemCodeAsync(officer, issued.Code[..11] + (char)('0' + ((issued.Code[11] - '0' + 1) % 10)))).Error);

        Assert.Equal("reward-payer-is-proposer", (await Workflow.RedeemCodeAsync(officer, issued.Grouped)).Error);
        var counter = await Harness.OfficerAsync(Chengguan);
        var redeemed = await Workflow.RedeemCodeAsync(counter, issued.Grouped);
        Assert.Null(redeemed.Error);
        // The officer at the counter learns the level and the amount, and nothing that leads to the tip.
        Assert.Equal(new RedeemedReward("verified", 1_000), redeemed.Value);
        Assert.Equal(["AmountYuan", "LevelCode"], typeof(RedeemedReward).GetProperties().Select(p => p.Name).Order());
        var stored = await Harness.StoredAsync(rewardId);
        Assert.Equal((RewardStatus.Paid, counter.UserId), (stored.Status, stored.PaidBy));
        Assert.Equal("reward-already-paid", (await Workflow.RedeemCodeAsync(counter, issued.Code)).Error);
        Assert.Equal(ReporterRewardState.Paid, (await Workflow.AvailableAsync(tipId))!.State);
        Assert.Equal("reward-already-paid", (await Workflow.ChooseClaimCodeAsync(tipId, RewardOptions.DefaultOffice)).Error);
    }

    [Fact]
    public async Task A_new_code_voids_the_old_one_and_a_code_is_redeemed_only_within_the_tips_jurisdiction()
    {
        var (tipId, _, officer, _) = await ApprovedAsync();
        var elsewhere = await Harness.OfficerAsync(Baiyin);
        var lost = (await Workflow.ChooseClaimCodeAsync(tipId, RewardOptions.DefaultOffice)).Value!;
        var replacement = (await Workflow.ChooseClaimCodeAsync(tipId, RewardOptions.DefaultOffice)).Value!;

        Assert.Equal("reward-code-unknown", (await Workflow.RedeemCodeAsync(officer, lost.Code)).Error);
        Assert.Equal("reward-code-outside-jurisdiction", (await Workflow.RedeemCodeAsync(elsewhere, replacement.Code)).Error);
        Assert.Null((await Workflow.RedeemCodeAsync(await Harness.OfficerAsync(Chengguan), replacement.Code)).Error);
        var refused = (await Portal.Services.GetRequiredService<TipAuditLog>().OfTipAsync(tipId)).Where(e => e.Action == TipAuditActions.RewardCodeRefused).ToList();
        Assert.Single(refused, e => e.ActorId == elsewhere.UserId);
    }

    [Fact]
    public async Task Wrong_codes_are_audited_and_pause_redemption_for_that_officer()
    {
        var guesser = await Harness.OfficerAsync(Chengguan);
        var colleague = await Harness.OfficerAsync(Chengguan);
        for (var i = 0; i < RewardWorkflow.MaxRefusedCodesPerHour; i++)
        {
            Assert.Equal("reward-code-unknown", (await Workflow.RedeemCodeAsync(guesser, ClaimCode.Generate())).Error);
        }

        Assert.Equal("reward-code-throttled", (await Workflow.RedeemCodeAsync(guesser, ClaimCode.Generate())).Error);
        Assert.Equal("reward-code-unknown", (await Workflow.RedeemCodeAsync(colleague, ClaimCode.Generate())).Error);
    }

    [Fact]
    public async Task Bank_details_are_checked_encrypted_under_the_tips_key_and_paid_once_with_a_reference()
    {
        var (tipId, rewardId, officer, supervisor) = await ApprovedAsync();
        Assert.Equal("reward-not-bank", (await Workflow.RecordPayoutAsync(supervisor, rewardId, "HX1")).Error);
        Assert.Equal("reward-bank-required", (await Workflow.ChooseBankAsync(tipId, "", "农业银行", "622848000000000001", consent: true)).Error);
        Assert.Equal("reward-bank-account-invalid", (await Workflow.ChooseBankAsync(tipId, "王五", "农业银行", "6228-48OO-0000", consent: true)).Error);
        Assert.Equal("reward-bank-account-invalid", (await Workflow.ChooseBankAsync(tipId, "王五", "农业银行", "12345", consent: true)).Error);
        Assert.Equal("reward-bank-consent-required", (await Workflow.ChooseBankAsync(tipId, "王五", "农业银行", "622848000000000001", consent: false)).Error);
        Assert.Equal(ReporterRewardState.Available, (await Workflow.AvailableAsync(tipId))!.State);

        Assert.Null((await Workflow.ChooseBankAsync(tipId, "王五", "中国农业银行兰州城关支行", "6228 4800 0000 0000 01", consent: true)).Error);
        Assert.Null((await Workflow.ChooseBankAsync(tipId, "王五", "中国农业银行兰州城关支行", string.Concat("622848000000000009".Select(digit => (char)('０' + (digit - '0')))), consent: true)).Error);
        Assert.Equal(ReporterRewardState.BankDetailsGiven, (await Workflow.AvailableAsync(tipId))!.State);
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Workflow.BankDetailsAsync(officer, rewardId));
        Assert.Equal(new BankDetails("王五", "中国农业银行兰州城关支行", "622848000000000009"), await Workflow.BankDetailsAsync(supervisor, rewardId));
        foreach (var blob in await EveryBlobOfAsync(rewardId))
        {
            var text = Encoding.UTF8.GetString(blob) + Convert.ToHexString(blob);
            Assert.DoesNotContain("622848000000000009", text, StringComparison.Ordinal);
            Assert.DoesNotContain("王五", text, StringComparison.Ordinal);
        }

        Assert.Equal("reward-method-chosen", (await Workflow.ChooseClaimCodeAsync(tipId, RewardOptions.DefaultOffice)).Error);
        await Assert.ThrowsAsync<TipAccessDeniedException>(() => Workflow.RecordPayoutAsync(officer, rewardId, "HX20261130000"));
        Assert.Equal("reward-reference-required", (await Workflow.RecordPayoutAsync(supervisor, rewardId, " ")).Error);
        Assert.Null((await Workflow.RecordPayoutAsync(supervisor, rewardId, "HX20261130001")).Error);
        Assert.Equal("reward-already-paid", (await Workflow.RecordPayoutAsync(await Harness.SupervisorAsync(Chengguan), rewardId, "HX20261130002")).Error);
        Assert.Equal("HX20261130001", (await Workflow.NotesAsync(supervisor, rewardId)).PayoutReference);
        Assert.Equal("reward-already-paid", (await Workflow.ChooseBankAsync(tipId, "王五", "农业银行", "622848000000000001", consent: true)).Error);
    }

    [Fact]
    public async Task Two_claims_racing_in_parallel_make_one_payout()
    {
        var (tipId, rewardId, _, _) = await ApprovedAsync();
        var colleagues = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Harness.OfficerAsync(Chengguan)));
        var code = (await Workflow.ChooseClaimCodeAsync(tipId, RewardOptions.DefaultOffice)).Value!.Code;

        var results = await Task.WhenAll(colleagues.Select(redeemer => Task.Run(() => Workflow.RedeemCodeAsync(redeemer, code))));

        Assert.Single(results, r => r.Error is null);
        Assert.All(results.Where(r => r.Error is not null), r => Assert.Equal("reward-already-paid", r.Error));
        await AssertPaidOnceAsync(tipId, rewardId, (await Harness.StoredAsync(rewardId)).PaidBy!);
    }

    [Fact]
    public async Task Two_bank_payouts_recorded_at_once_make_one_payout()
    {
        var (tipId, rewardId, _, supervisor) = await ApprovedAsync();
        Assert.Null((await Workflow.ChooseBankAsync(tipId, "李四", "中国建设银行", "6217 0000 0000 0000 000", consent: true)).Error);
        var staff = new[] { supervisor }.Concat(await Task.WhenAll(Enumerable.Range(0, 7).Select(_ => Harness.SupervisorAsync(Chengguan)))).ToList();

        var results = await Task.WhenAll(staff.Select((actor, i) => Task.Run(() => Workflow.RecordPayoutAsync(actor, rewardId, $"REF-{i}"))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("reward-already-paid", r.Error));
        await AssertPaidOnceAsync(tipId, rewardId, (await Harness.StoredAsync(rewardId)).PaidBy!);
    }

    [Fact]
    public async Task Lists_put_the_longest_waiting_first_and_the_latest_paid_first()
    {
        // A county no other test of this class uses, so the lists hold only this test's rewards.
        const string Jingyuan = "620421";
        var officer = await Harness.OfficerAsync(Jingyuan);
        var supervisor = await Harness.SupervisorAsync(Jingyuan);
        var older = await Harness.ApprovedAsync(await Harness.TipAsync(Jingyuan), officer, supervisor);
        var newer = await Harness.ApprovedAsync(await Harness.TipAsync(Jingyuan), officer, supervisor);

        Assert.Equal([older, newer], (await Workflow.ListAsync(officer, RewardStatus.Approved)).Select(r => r.Id));
        foreach (var rewardId in new[] { older, newer })
        {
            var tipId = (await Harness.StoredAsync(rewardId)).TipId;
            Assert.Null((await Workflow.ChooseBankAsync(tipId, "王五", "农业银行", "622848000000000001", consent: true)).Error);
            Assert.Null((await Workflow.RecordPayoutAsync(supervisor, rewardId, "REF")).Error);
        }

        Assert.Equal([newer, older], (await Workflow.ListAsync(officer, RewardStatus.Paid)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_supervisor_who_proposed_a_reward_cannot_pay_it_and_sees_no_payout_button()
    {
        var proposer = await Harness.SupervisorAsync(Chengguan);
        var approver = await Harness.SupervisorAsync(Chengguan);
        var tipId = await Harness.TipAsync(Chengguan);
        var rewardId = await Harness.ApprovedAsync(tipId, proposer, approver);
        Assert.Null((await Workflow.ChooseBankAsync(tipId, "王五", "农业银行", "622848000000000001", consent: true)).Error);

        Assert.Equal("reward-payer-is-proposer", (await Workflow.RecordPayoutAsync(proposer, rewardId, "REF-1")).Error);
        Assert.Equal(RewardStatus.Approved, (await Harness.StoredAsync(rewardId)).Status);
        Assert.Null((await Workflow.RecordPayoutAsync(approver, rewardId, "REF-2")).Error);
        await AssertPaidOnceAsync(tipId, rewardId, approver.UserId);
    }

    private async Task AssertPaidOnceAsync(Guid tipId, Guid rewardId, string paidBy)
    {
        var stored = await Harness.StoredAsync(rewardId);
        Assert.Equal((RewardStatus.Paid, paidBy), (stored.Status, stored.PaidBy));
        var payouts = (await Portal.Services.GetRequiredService<TipAuditLog>().OfTipAsync(tipId)).Where(e => e.Action == TipAuditActions.RewardPay).ToList();
        Assert.Equal(paidBy, Assert.Single(payouts).ActorId);
        await using var context = await Portal.Services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await context.Set<Reward>().CountAsync(r => r.TipId == tipId && r.Status == RewardStatus.Paid));
    }
}

public sealed class SqliteRewardPayoutTests(PortalFactory portal) : RewardPayoutTests, IClassFixture<PortalFactory>
{
    protected override PortalFactory Portal => portal;
}

public sealed class PostgresRewardPayoutTests(PostgresPortalFixture fixture) : RewardPayoutTests, IClassFixture<PostgresPortalFixture>
{
    protected override PortalFactory Portal => fixture.Portal;
}
