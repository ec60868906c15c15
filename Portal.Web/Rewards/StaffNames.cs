using System.Collections.Concurrent;
using Portal.Web.Identity;

namespace Portal.Web.Rewards;

/// <summary>
/// Display names of staff for pages that show who proposed or decided something (the Tips module stores user
/// ids only). Each lookup uses its own scope, so long-lived interactive pages never share an Identity context;
/// names are remembered for the page's circuit (scoped).
/// </summary>
public sealed class StaffNames(StaffDirectory staff)
{
    private readonly ConcurrentDictionary<string, string> names = new(StringComparer.Ordinal);

    public async Task<string> OfAsync(string? userId)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return "";
        }

        if (names.TryGetValue(userId, out var known))
        {
            return known;
        }

        var user = (await staff.ContactsAsync([userId])).GetValueOrDefault(userId);
        var name = user is null ? userId : string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? userId : user.DisplayName;
        return names.GetOrAdd(userId, name);
    }
}
