using Portal.Tips.Sealing;
using Portal.Web.Identity;

namespace Portal.Web.Police.Sealing;

/// <summary>
/// The sign-in pages' part in sealing: at the password step a member who works tips gets a key pair the first time
/// and has their unit keys opened and parked; the completed sign-in (second factor) takes them into its session.
/// The password is used here and dropped; nothing it opens is written anywhere but this node's memory.
/// </summary>
public sealed class StaffKeyUnlocking(UnitKeyStore store, UnitKeySessions sessions)
{
    /// <summary>Before a sign-in that may complete in this request: the id its cookie will carry.</summary>
    public static void BeforeSignIn(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[SealingClaims.PendingItem] = UnitKeySessions.NewId();
    }

    /// <summary>The password was right (the second factor may still be due): enrol on first use, open and park the keys.</summary>
    public async Task PasswordAcceptedAsync(string userId, IEnumerable<string> roles, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (!roles.Any(role => role is PortalRoles.Officer or PortalRoles.Supervisor))
        {
            return;
        }

        // A member key made now holds no unit key yet, so there is nothing to open (Argon2id runs once, not twice).
        var opened = await store.EnrolAsync(userId, password, cancellationToken)
            ? new UnitKeySession()
            : await store.UnlockAsync(userId, password, cancellationToken);
        if (opened is null && await store.ReplaceStaleKeyAsync(userId, password, cancellationToken))
        {
            // The password was reset by an administrator: a fresh key, and the unit keys come again from colleagues.
            opened = new UnitKeySession();
        }

        if (opened is not null)
        {
            sessions.Park(userId, opened);
        }
    }

    /// <summary>The sign-in completed in this request: its session takes the parked keys.</summary>
    public void SignedIn(HttpContext context, string userId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[SealingClaims.PendingItem] is string sessionId)
        {
            sessions.Activate(userId, sessionId);
        }
    }

    /// <summary>A changed password re-wraps the member key, so the keys follow the member to their new password.</summary>
    public Task PasswordChangedAsync(string userId, string oldPassword, string newPassword, CancellationToken cancellationToken = default) =>
        store.ChangePasswordAsync(userId, oldPassword, newPassword, cancellationToken);

    /// <summary>Before the cookie is issued again (a new authenticator, a changed password): it keeps naming the same keys.</summary>
    public static void KeepSession(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.KeySessionOf() is { } sessionId)
        {
            context.Items[SealingClaims.PendingItem] = sessionId;
        }
    }
}
