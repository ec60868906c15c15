using Microsoft.EntityFrameworkCore;
using Portal.Storage.Database;
using Portal.Tips.Data;

namespace Portal.Tips.Oversight;

/// <summary>The single <see cref="OversightRollupState"/> row the rollup claims and advances: nothing rolled up yet.</summary>
internal sealed class OversightReferenceData : IReferenceData<TipsDbContext>
{
    public async Task AddMissingAsync(TipsDbContext context, CancellationToken cancellationToken)
    {
        var states = context.Set<OversightRollupState>();
        if (!await states.AnyAsync(s => s.Id == OversightRollupState.SingleId, cancellationToken))
        {
            states.Add(new OversightRollupState { Id = OversightRollupState.SingleId, RolledUpTo = DateTimeOffset.UnixEpoch, ReconciledAt = DateTimeOffset.UnixEpoch });
        }
    }
}
