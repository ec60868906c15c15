using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Portal.Tips.Audit;
using QRCoder;

namespace Portal.Web.Identity;

/// <summary>
/// A staff member's authenticator: the key (text and QR code) while enrolling and never after, the first recovery codes
/// when a code checks out, and the self-service reset and new recovery codes, each behind the password and a current code.
/// </summary>
public sealed class AuthenticatorEnrolment(UserManager<PortalUser> userManager, RecoveryCodes recoveryCodes, TipAuditLog audit)
{
    public sealed record EnrolmentKey(string GroupedKey, string OtpAuthUri, string QrCodeSvg);

    /// <summary>The key to enrol with, or null once an authenticator is enrolled: then no page shows it again.</summary>
    public async Task<EnrolmentKey?> GetKeyAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            return null;
        }

        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user);
        }

        var issuer = Uri.EscapeDataString("甘肃反拐平台");
        var account = Uri.EscapeDataString(user.Email ?? user.UserName ?? "staff");
        var uri = $"otpauth://totp/{issuer}:{account}?secret={key}&issuer={issuer}&digits=6";
        using var qrData = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(qrData).GetGraphic(4);
        return new EnrolmentKey(Group(key!), uri, svg);
    }

    /// <summary>When the code is right, turns two-factor sign-in on and returns the first recovery codes (shown once); else null.</summary>
    public async Task<IReadOnlyList<string>?> ConfirmAsync(PortalUser user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await userManager.GetTwoFactorEnabledAsync(user) || !await CodeIsRightAsync(user, code))
        {
            return null;
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        return await recoveryCodes.RenewAsync(user);
    }

    /// <summary>Takes the user's own authenticator away (new phone) when the password and a current code are right.</summary>
    public async Task<bool> ResetOwnAsync(PortalUser user, string password, string code)
    {
        if (!await ProvesPossessionAsync(user, password, code))
        {
            return false;
        }

        return (await AuthenticatorReset.ResetAsync(userManager, user, user.Id, audit)).Succeeded;
    }

    /// <summary>New recovery codes (the old ones stop working) when the password and a current code are right; else null.</summary>
    public async Task<IReadOnlyList<string>?> RenewRecoveryCodesAsync(PortalUser user, string password, string code) =>
        await ProvesPossessionAsync(user, password, code) ? await recoveryCodes.RenewAsync(user) : null;

    public Task<int> RemainingRecoveryCodesAsync(PortalUser user) => recoveryCodes.RemainingAsync(user);

    private async Task<bool> ProvesPossessionAsync(PortalUser user, string password, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await userManager.IsLockedOutAsync(user) || !await userManager.GetTwoFactorEnabledAsync(user))
        {
            return false;
        }

        if (await userManager.CheckPasswordAsync(user, password ?? "") && await CodeIsRightAsync(user, code))
        {
            return true;
        }

        // Wrong guesses count towards the account's lock-out, as at sign-in.
        await userManager.AccessFailedAsync(user);
        return false;
    }

    private Task<bool> CodeIsRightAsync(PortalUser user, string code)
    {
        var normalized = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, normalized);
    }

    private static string Group(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLower(CultureInfo.InvariantCulture);
    }
}
