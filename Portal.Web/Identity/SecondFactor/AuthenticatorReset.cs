using Microsoft.AspNetCore.Identity;
using Portal.Tips.Audit;

namespace Portal.Web.Identity;

/// <summary>
/// Takes an authenticator (and its recovery codes) away, so the next sign-in enrols a new one. Either the user does it
/// with their password and a current code (<see cref="AuthenticatorEnrolment.ResetOwnAsync"/>), or an administrator's
/// request approved by a security administrator. The new security stamp ends the user's other sessions.
/// </summary>
internal static class AuthenticatorReset
{
    public static async Task<Outcome> ResetAsync(UserManager<PortalUser> users, PortalUser user, string actorId, TipAuditLog audit)
    {
        var result = await users.SetTwoFactorEnabledAsync(user, false);
        if (result.Succeeded)
        {
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            result = await users.ResetAuthenticatorKeyAsync(user);
        }

        if (!result.Succeeded)
        {
            return Outcome.Fail(Failure.Invalid, result.Errors.Select(error => Problem.Error(UserAdministration.Codes.Identity, value: error.Description)));
        }

        await audit.AppendAsync(new AuditRecord(actorId, AccountAuditActions.AuthenticatorReset, null, $"user={user.Id}"));
        return Outcome.Ok;
    }
}
