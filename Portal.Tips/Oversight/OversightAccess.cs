using Portal.Tips.Police;

namespace Portal.Tips.Oversight;

/// <summary>
/// Which regions an actor sees. The provincial office sees the province. A supervisor sees the prefectures their
/// jurisdiction grants name: a grant of the province is every region, a prefecture grant that prefecture; a county
/// grant alone opens no figures (figures are by prefecture, and a prefecture's figures would show more than the
/// county they were granted). Everyone else sees nothing.
/// </summary>
public sealed class OversightAccess(OfficerGrants grants)
{
    public async Task<OversightScope> ScopeOfAsync(OversightActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsProvincialOffice)
        {
            return new OversightScope(OversightRegions.All.ToHashSet(StringComparer.Ordinal));
        }

        if (!actor.IsSupervisor)
        {
            return new OversightScope(new HashSet<string>());
        }

        var granted = await grants.GrantsOfAsync(actor.UserId, cancellationToken);
        if (granted.Contains(Jurisdictions.Province))
        {
            return new OversightScope(OversightRegions.All.ToHashSet(StringComparer.Ordinal));
        }

        return new OversightScope(granted.Where(OversightRegions.IsPrefecture).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The regions a query covers: all of the scope when <paramref name="region"/> is null, else that one region,
    /// which must be in the scope.
    /// </summary>
    public static IReadOnlySet<string> Resolve(OversightScope scope, string? region)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Regions.Count == 0)
        {
            throw new OversightAccessDeniedException();
        }

        if (region is null)
        {
            return scope.Regions;
        }

        return scope.Regions.Contains(region) ? new HashSet<string>(StringComparer.Ordinal) { region } : throw new OversightAccessDeniedException();
    }
}
