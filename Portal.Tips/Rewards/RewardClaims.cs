using Microsoft.EntityFrameworkCore;
using Portal.Tips.Data;
using Portal.Tips.Intake;

namespace Portal.Tips.Rewards;

/// <summary>The reporter's side of the reward: asking for it with the receipt. Approval and payment are the police's (issue 6).</summary>
public sealed class RewardClaims(IDbContextFactory<TipsDbContext> contexts, TipKeyring keyring, TimeProvider time)
{
    /// <summary>Null when the claim was recorded, else the error code for the page.</summary>
    public async Task<string?> ClaimAsync(Guid tipId, string? name, string? phone, bool consent, CancellationToken cancellationToken = default)
    {
        var (cleanName, _) = TipTextRules.Clean(name);
        var (cleanPhone, _) = TipTextRules.Clean(phone);
        if (cleanName is null || cleanPhone is null || !consent)
        {
            return "reward-details-required";
        }

        if (TipTextRules.VisibleLength(cleanName) > 100 || cleanPhone.Length > 30 || !cleanPhone.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' '))
        {
            return "reward-details-invalid";
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var tip = await context.Set<Tip>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == tipId, cancellationToken);
        if (tip is null)
        {
            return "unknown-tip";
        }

        if (await context.Set<RewardClaim>().AnyAsync(c => c.TipId == tipId, cancellationToken))
        {
            return "reward-already-claimed";
        }

        var claim = new RewardClaim { Id = Guid.CreateVersion7(time.GetUtcNow()), TipId = tipId, Status = RewardClaimStatus.Claimed, ClaimedAt = time.GetUtcNow() };
        claim.EncryptedClaimant = TipKeyring.Seal(keyring.Open(tip), tipId, $"reward-claimant/{claim.Id:N}", new RewardClaimant(cleanName, cleanPhone));
        context.Add(claim);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two claims at once: the unique index let one in.
            if (!await HasClaimAsync(tipId, cancellationToken))
            {
                throw;
            }

            return "reward-already-claimed";
        }

        return null;
    }

    public async Task<bool> HasClaimAsync(Guid tipId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<RewardClaim>().AnyAsync(c => c.TipId == tipId, cancellationToken);
    }
}
