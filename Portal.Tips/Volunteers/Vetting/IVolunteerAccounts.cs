namespace Portal.Tips.Volunteers.Vetting;

/// <summary>
/// Gives an accepted volunteer a sign-in account with the Volunteer role. Implemented by the host, which owns
/// identity; the Tips module only keeps the user id and the invitation link for the coordinator to pass on.
/// </summary>
public interface IVolunteerAccounts
{
    /// <summary>Creates the account, or returns an error code (e.g. the e-mail is already taken).</summary>
    Task<Outcome<IssuedAccount>> IssueAsync(string email, string displayName, CancellationToken cancellationToken = default);

    /// <summary>
    /// A new invitation link for an account whose password is not set yet (the old link stops working); fails with
    /// "account-already-set-up" once the volunteer has chosen a password.
    /// </summary>
    Task<Outcome<string>> RenewInvitationAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the account (an erased volunteer, or an acceptance that could not be saved).</summary>
    Task RemoveAsync(string userId, CancellationToken cancellationToken = default);
}

public sealed record IssuedAccount(string UserId, string InvitationPath);
