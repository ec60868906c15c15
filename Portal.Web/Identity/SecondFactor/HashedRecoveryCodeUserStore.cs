using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Portal.Web.Identity.Data;

namespace Portal.Web.Identity;

/// <summary>
/// Identity's store keeps recovery codes as they are; this one keeps only a hash of each (SHA-256 over the user id and
/// the code, which has 80 random bits: see <see cref="RecoveryCodes"/>), so a copy of the database does not sign anyone in.
/// </summary>
internal sealed class HashedRecoveryCodeUserStore(PortalIdentityDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<PortalUser, IdentityRole, PortalIdentityDbContext>(context, describer)
{
    public override Task ReplaceCodesAsync(PortalUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        return base.ReplaceCodesAsync(user, [.. recoveryCodes.Select(code => HashOf(user.Id, code))], cancellationToken);
    }

    public override Task<bool> RedeemCodeAsync(PortalUser user, string code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(code);
        return base.RedeemCodeAsync(user, HashOf(user.Id, code), cancellationToken);
    }

    internal static string HashOf(string userId, string code)
    {
        var normalized = RecoveryCodes.Normalize(code);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userId + "\n" + normalized)));
    }
}
