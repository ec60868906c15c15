using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tips.Audit;
using Portal.Tips.Data;

namespace Portal.Tests.Infrastructure;

/// <summary>The audit chain's entries as the database holds them, for tests that check what was recorded.</summary>
public static class AuditChain
{
    internal static async Task<IReadOnlyList<TipAuditEntry>> OfActorAsync(IServiceProvider services, string actorId)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<TipsDbContext>>().CreateDbContextAsync();
        return await context.Set<TipAuditEntry>().AsNoTracking().Where(e => e.ActorId == actorId).OrderBy(e => e.Sequence).ToListAsync();
    }
}
