using System.Security.Claims;

namespace Portal.Web.Police.Sealing;

public static class SealingClaims
{
    /// <summary>The random id under which this sign-in's unit keys wait in the node's memory; not a key, and useless alone.</summary>
    public const string KeySession = "portal:key_session";

    /// <summary>Where the sign-in pages leave the new id for the claims factory of the sign-in about to complete.</summary>
    internal const string PendingItem = "portal:key_session:pending";

    public static string? KeySessionOf(this ClaimsPrincipal user) => user?.FindFirst(KeySession)?.Value;
}
