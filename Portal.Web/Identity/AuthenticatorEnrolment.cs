using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Portal.Web.Identity;

/// <summary>Shows a staff member their authenticator key (text and QR code) and turns 2FA on once a code checks out.</summary>
public sealed class AuthenticatorEnrolment(UserManager<PortalUser> userManager)
{
    public sealed record EnrolmentKey(string GroupedKey, string OtpAuthUri, string QrCodeSvg);

    public async Task<EnrolmentKey> GetKeyAsync(PortalUser user)
    {
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

    /// <summary>True when the code is right; then two-factor sign-in is on for good.</summary>
    public async Task<bool> ConfirmAsync(PortalUser user, string code)
    {
        var normalized = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var valid = await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, normalized);
        if (valid)
        {
            await userManager.SetTwoFactorEnabledAsync(user, true);
        }

        return valid;
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
