using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Identity;

/// <summary>
/// Ten one-time codes for signing in without the phone: shown once (at enrolment or when renewed), stored only as
/// hashes (<see cref="HashedRecoveryCodeUserStore"/>), each accepted once on the two-factor sign-in page.
/// </summary>
public sealed class RecoveryCodes(UserManager<PortalUser> users, IUserStore<PortalUser> store)
{
    public const int Count = 10;

    // 32 letters and digits without 0/O and 1/I: 5 bits each, 16 of them make 80 bits.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Replaces the user's codes with new ones and returns them: the only time they can be read.</summary>
    public async Task<IReadOnlyList<string>> RenewAsync(PortalUser user)
    {
        var codes = Enumerable.Range(0, Count).Select(_ => NewCode()).ToList();
        await ((IUserTwoFactorRecoveryCodeStore<PortalUser>)store).ReplaceCodesAsync(user, codes, CancellationToken.None);
        var updated = await users.UpdateAsync(user);
        return updated.Succeeded ? codes : throw new InvalidOperationException("The recovery codes could not be saved.");
    }

    public Task<int> RemainingAsync(PortalUser user) => users.CountRecoveryCodesAsync(user);

    internal static string Normalize(string code) =>
        code.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim().ToUpper(CultureInfo.InvariantCulture);

    private static string NewCode()
    {
        var characters = RandomNumberGenerator.GetString(Alphabet, 16);
        return string.Join('-', characters.Chunk(4).Select(chunk => new string(chunk)));
    }
}
