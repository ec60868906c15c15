using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Tips.Volunteers;
using Portal.Tips.Volunteers.Vetting;

namespace Portal.Web.Identity;

/// <summary>
/// Accounts for accepted volunteers: the same invitation mechanism as staff (a password-reset token in a link to
/// /account/accept-invitation), created with only the Volunteer role. The link is shown to the coordinator
/// and, when mail is on, sent to the volunteer (<c>OutcomeMailer</c>).
/// </summary>
internal sealed class VolunteerAccounts(IServiceScopeFactory scopeFactory, TimeProvider time) : IVolunteerAccounts
{
    public async Task<Outcome<IssuedAccount>> IssueAsync(string email, string displayName, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            var code = created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail") ? "login-email-taken" : "login-email-invalid";
            return Outcome<IssuedAccount>.Fail(field: "loginEmail", code: code);
        }

        await users.AddToRoleAsync(user, PortalRoles.Volunteer);
        return Outcome.Of<IssuedAccount>(new IssuedAccount(user.Id, await InvitationPathAsync(users, user)));
    }

    public async Task<Outcome<string>> RenewInvitationAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Outcome<string>.Fail(field: "volunteer", code: VolunteerErrors.NotFound);
        }

        if (user.PasswordHash is not null)
        {
            return Outcome<string>.Fail(field: "invitation", code: "account-already-set-up");
        }

        // A new security stamp voids every earlier token, so only the newest link works.
        await users.UpdateSecurityStampAsync(user);
        return Outcome.Of<string>(await InvitationPathAsync(users, user));
    }

    private static async Task<string> InvitationPathAsync(UserManager<PortalUser> users, PortalUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return $"/account/accept-invitation?user={Uri.EscapeDataString(user.Id)}&token={encoded}";
    }

    public async Task RemoveAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByIdAsync(userId) is { } user)
        {
            await users.DeleteAsync(user);
        }
    }
}
