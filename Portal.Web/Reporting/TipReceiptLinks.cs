using Microsoft.AspNetCore.DataProtection;

namespace Portal.Web.Reporting;

/// <summary>
/// After the commit the reporter is redirected to the receipt page (POST, redirect, GET). The link carries the
/// tip id protected and time-limited, so it cannot be guessed or changed, and it stops working when the
/// receipt is erased. The same goes for the follow-up page's access token, with a shorter life.
/// </summary>
public sealed class TipReceiptLinks(IDataProtectionProvider dataProtection, TimeProvider time)
{
    public static readonly TimeSpan FollowUpAccessLifetime = TimeSpan.FromMinutes(20);

    private readonly ITimeLimitedDataProtector receipts = dataProtection.CreateProtector("Portal.Tips.ReceiptLink").ToTimeLimitedDataProtector();
    private readonly ITimeLimitedDataProtector followUps = dataProtection.CreateProtector("Portal.Tips.FollowUpAccess").ToTimeLimitedDataProtector();

    public string For(Guid tipId, int removedCharacters) =>
        $"report/receipt?t={Uri.EscapeDataString(receipts.Protect(tipId.ToString("N"), time.GetUtcNow() + Portal.Tips.Reporting.TipIntake.ReceiptVisibleFor))}"
        + (removedCharacters > 0 ? $"&removed={removedCharacters}" : "");

    public Guid? ReadReceiptLink(string? token) => Read(receipts, token);

    public string FollowUpAccess(Guid tipId) => followUps.Protect(tipId.ToString("N"), time.GetUtcNow() + FollowUpAccessLifetime);

    public Guid? ReadFollowUpAccess(string? token) => Read(followUps, token);

    private Guid? Read(ITimeLimitedDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var value = protector.Unprotect(token, out var expiration);
            return expiration > time.GetUtcNow() && Guid.TryParseExact(value, "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
