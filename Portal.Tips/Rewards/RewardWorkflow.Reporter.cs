using Microsoft.EntityFrameworkCore;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tips.Rewards;

/// <summary>The reporter's side, reached only through the follow-up page's receipt sign-in (the tip id comes from it).</summary>
public sealed partial class RewardWorkflow
{
    public const int MinAccountDigits = 12;
    public const int MaxAccountDigits = 30;

    /// <summary>What the follow-up page shows about a reward on this tip, or null when there is nothing to show.</summary>
    public async Task<ReporterReward?> AvailableAsync(Guid tipId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var reward = await context.Set<Reward>().AsNoTracking().SingleOrDefaultAsync(r => r.TipId == tipId && r.Status != RewardStatus.Rejected, cancellationToken);
        if (reward is null)
        {
            return null;
        }

        var state = reward switch
        {
            { Status: RewardStatus.Requested } or { Status: RewardStatus.Proposed, EncryptedLegacyClaimant: not null } => ReporterRewardState.Requested,
            { Status: RewardStatus.Approved, Method: RewardPayoutMethod.None } => ReporterRewardState.Available,
            { Status: RewardStatus.Approved, Method: RewardPayoutMethod.ClaimCode } => ReporterRewardState.ClaimCodeIssued,
            { Status: RewardStatus.Approved, Method: RewardPayoutMethod.BankTransfer } => ReporterRewardState.BankDetailsGiven,
            { Status: RewardStatus.Paid } => ReporterRewardState.Paid,
            _ => (ReporterRewardState?)null,
        };
        if (state is null)
        {
            return null;
        }

        var jurisdiction = await context.Set<Tip>().Where(t => t.Id == tipId).Select(t => t.JurisdictionKey).SingleAsync(cancellationToken);
        var offices = state == ReporterRewardState.Requested ? [] : await OfficesForAsync(context, jurisdiction, cancellationToken);
        return new ReporterReward(
            state.Value, state == ReporterRewardState.Requested ? null : reward.AmountYuan, schedule.Level(reward.LevelCode),
            offices, await OfficeAsync(context, reward.OfficeKey, cancellationToken), reward.Method, reward.PaidAt);
    }

    /// <summary>
    /// Issues a one-time claim code for the named office; the code is returned once and only its keyed hash is
    /// kept. Asking again (a lost code) issues a new one and the old one stops working.
    /// </summary>
    public async Task<Outcome<IssuedClaimCode>> ChooseClaimCodeAsync(Guid tipId, string? officeKey, CancellationToken cancellationToken = default)
    {
        var result = await ChangeAsync<(string? Error, IssuedClaimCode? Code)>(async context =>
        {
            var (reward, tip, error) = await LoadApprovedAsync(context, tipId, RewardPayoutMethod.ClaimCode, cancellationToken);
            if (error is not null)
            {
                return ((error, null), []);
            }

            if ((await OfficesForAsync(context, tip!.JurisdictionKey, cancellationToken)).FirstOrDefault(o => o.Key == officeKey) is not { } office)
            {
                return (("reward-unknown-office", null), []);
            }

            var replaced = reward!.Method == RewardPayoutMethod.ClaimCode;
            var code = ClaimCode.Generate();
            reward.Method = RewardPayoutMethod.ClaimCode;
            reward.ClaimCodeHash = ClaimCode.Hash(keys, code);
            reward.OfficeKey = office.Key;
            reward.ChosenAt = time.GetUtcNow();
            var detail = $"reward={reward.Id:N}; method=claim-code; office={office.Key}" + (replaced ? "; new code, the old one void" : "");
            return ((null, new IssuedClaimCode(code, office)), [new AuditRecord(ReporterActor, TipAuditActions.RewardChoose, tipId, detail)]);
        }, cancellationToken);
        return result.Error is { } refused ? Outcome<IssuedClaimCode>.Fail(refused) : Outcome.Of(result.Code!);
    }

    /// <summary>Bank details for a transfer, encrypted under the tip's data key; they may be corrected until paid.</summary>
    public async Task<Outcome> ChooseBankAsync(Guid tipId, string? accountName, string? bank, string? accountNumber, bool consent, CancellationToken cancellationToken = default)
    {
        var (details, invalid) = ValidateBankDetails(accountName, bank, accountNumber, consent);
        if (invalid is not null)
        {
            return Outcome.Fail(invalid);
        }

        return Outcome.FromError(await ChangeAsync<string?>(async context =>
        {
            var (reward, tip, error) = await LoadApprovedAsync(context, tipId, RewardPayoutMethod.BankTransfer, cancellationToken);
            if (error is not null)
            {
                return (error, []);
            }

            var corrected = reward!.Method == RewardPayoutMethod.BankTransfer;
            reward.Method = RewardPayoutMethod.BankTransfer;
            reward.EncryptedBankDetails = Seal(tip!, RewardFields.BankDetails(reward.Id), details!);
            reward.ChosenAt = time.GetUtcNow();
            var detail = $"reward={reward.Id:N}; method=bank" + (corrected ? "; corrected" : "");
            return (null, [new AuditRecord(ReporterActor, TipAuditActions.RewardChoose, tipId, detail)]);
        }, cancellationToken));
    }

    /// <summary>Digits only (spaces and dashes ignored), 12 to 30 of them; name and bank as the reporter wrote them.</summary>
    public static (BankDetails? Details, string? Error) ValidateBankDetails(string? accountName, string? bank, string? accountNumber, bool consent)
    {
        var (name, _) = TipTextRules.Clean(accountName);
        var (bankName, _) = TipTextRules.Clean(bank);
        var typed = (accountNumber ?? "").Where(c => c is not (' ' or '-' or '\u3000')).Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).ToArray();
        if (name is null || bankName is null || typed.Length == 0)
        {
            return (null, "reward-bank-required");
        }

        if (TipTextRules.VisibleLength(name) > 50 || TipTextRules.VisibleLength(bankName) > 100)
        {
            return (null, "reward-bank-too-long");
        }

        if (typed.Length is < MinAccountDigits or > MaxAccountDigits || !typed.All(char.IsAsciiDigit))
        {
            return (null, "reward-bank-account-invalid");
        }

        return consent ? (new BankDetails(name, bankName, new string(typed)), null) : (null, "reward-bank-consent-required");
    }

    /// <summary>The tip's approved, unpaid reward, whose payout method is still open or already <paramref name="method"/>.</summary>
    private static async Task<(Reward? Reward, Tip? Tip, string? Error)> LoadApprovedAsync(TipsDbContext context, Guid tipId, RewardPayoutMethod method, CancellationToken cancellationToken)
    {
        var reward = await context.Set<Reward>().SingleOrDefaultAsync(r => r.TipId == tipId && r.Status != RewardStatus.Rejected, cancellationToken);
        if (reward is not { Status: RewardStatus.Approved })
        {
            return (null, null, reward?.Status == RewardStatus.Paid ? "reward-already-paid" : "reward-not-available");
        }

        if (reward.Method != RewardPayoutMethod.None && reward.Method != method)
        {
            // Switching after a choice would let a code be redeemed while a transfer is under way.
            return (null, null, "reward-method-chosen");
        }

        return (reward, await context.Set<Tip>().SingleAsync(t => t.Id == tipId, cancellationToken), null);
    }

    /// <summary>The office a reward names, from the claim-office directory or, for a key of the configured offices, from those.</summary>
    public async Task<RewardOffice?> OfficeAsync(string? officeKey, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await OfficeAsync(context, officeKey, cancellationToken);
    }

    private async Task<RewardOffice?> OfficeAsync(TipsDbContext context, string? officeKey, CancellationToken cancellationToken) =>
        await ClaimOffices.FindAsync(context, officeKey, cancellationToken) ?? schedule.Office(officeKey);

    /// <summary>
    /// The claim-office directory's offices for the tip's prefecture, else its provincial ones; while the directory
    /// lists neither (a new installation), the offices configured under <c>Tips:Rewards:Offices</c>.
    /// </summary>
    private async Task<IReadOnlyList<RewardOffice>> OfficesForAsync(TipsDbContext context, string jurisdictionKey, CancellationToken cancellationToken)
    {
        var listed = await ClaimOffices.ForJurisdictionAsync(context, jurisdictionKey, cancellationToken);
        return listed.Count > 0 ? listed : schedule.OfficesFor(jurisdictionKey);
    }
}
