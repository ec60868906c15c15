using Microsoft.EntityFrameworkCore;
using Portal.Tips.Audit;
using Portal.Tips.Data;

namespace Portal.Tips.Police;

/// <summary>Which jurisdictions each staff member works. Changing grants is audited.</summary>
public sealed class OfficerGrants(TipsContexts contexts, TipAuditLog audit)
{
    public async Task<IReadOnlyList<string>> GrantsOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<OfficerJurisdiction>().AsNoTracking()
            .Where(g => g.UserId == userId)
            .OrderBy(g => g.JurisdictionKey)
            .Select(g => g.JurisdictionKey)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The routing keys the actor may see; null means every key (a province grant).</summary>
    public async Task<IReadOnlySet<string>?> ScopeOfAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.WorksTips ? Jurisdictions.Expand(await GrantsOfAsync(actor.UserId, cancellationToken)) : new HashSet<string>();
    }

    /// <summary>Replaces a user's grants. Returns an error code for an unknown jurisdiction, else null.</summary>
    public async Task<Outcome> SetGrantsAsync(string grantedBy, string userId, IReadOnlyCollection<string> jurisdictionKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jurisdictionKeys);
        if (jurisdictionKeys.FirstOrDefault(k => !Jurisdictions.IsKnown(k)) is not null)
        {
            return Outcome.Fail("unknown-jurisdiction");
        }

        var wanted = jurisdictionKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return Outcome.FromError(await audit.WriteAsync<string?>(async context =>
        {
            var existing = await context.Set<OfficerJurisdiction>().Where(g => g.UserId == userId).ToListAsync(cancellationToken);
            context.RemoveRange(existing.Where(g => !wanted.Contains(g.JurisdictionKey)));
            context.AddRange(wanted.Where(k => existing.All(g => g.JurisdictionKey != k)).Select(k => new OfficerJurisdiction { UserId = userId, JurisdictionKey = k }));
            return (null, [new AuditRecord(grantedBy, TipAuditActions.GrantJurisdiction, null, $"user={userId}; jurisdictions={string.Join(',', wanted)}")]);
        }, cancellationToken));
    }

    /// <summary>The users whose grants cover a routing key (for assignment and live notifications).</summary>
    public async Task<IReadOnlyList<string>> UsersCoveringAsync(string routedKey, CancellationToken cancellationToken = default)
    {
        var candidates = new List<string> { Jurisdictions.Province, routedKey };
        if (Portal.Storage.Regions.GansuDivisions.Instance.Find(routedKey)?.ParentKey is { } parent)
        {
            candidates.Add(parent);
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<OfficerJurisdiction>().AsNoTracking()
            .Where(g => candidates.Contains(g.JurisdictionKey))
            .Select(g => g.UserId)
            .Distinct()
            .ToListAsync(cancellationToken);
    }
}
