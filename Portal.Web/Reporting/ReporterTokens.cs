using Microsoft.AspNetCore.DataProtection;
using Portal.Tips.Reporting;

namespace Portal.Web.Reporting;

/// <summary>
/// The two things a reporter's browser holds, protected and time-limited so they cannot be forged or changed.
/// The receipt token carries the receipt itself (the database keeps only its keyed hashes) for the receipt page's
/// window; the follow-up access token carries a tip id for twenty minutes after a receipt sign-in. Neither ever
/// goes into an address: they travel in form fields and in <see cref="ReporterCookies"/>.
/// </summary>
public sealed class ReporterTokens(IDataProtectionProvider dataProtection, TimeProvider time)
{
    public static readonly TimeSpan FollowUpAccessLifetime = TimeSpan.FromMinutes(20);

    private readonly ITimeLimitedDataProtector receipts = dataProtection.CreateProtector("Portal.Tips.ReceiptToken").ToTimeLimitedDataProtector();
    private readonly ITimeLimitedDataProtector followUps = dataProtection.CreateProtector("Portal.Tips.FollowUpAccess").ToTimeLimitedDataProtector();

    public string ForReceipt(Guid tipId, Receipt receipt, bool urgent) =>
        receipts.Protect($"{tipId:N}|{receipt.Number}|{receipt.Passphrase}|{(urgent ? 1 : 0)}", time.GetUtcNow() + TipIntake.ReceiptVisibleFor);

    public ShownReceipt? ReadReceipt(string? token) =>
        Read(receipts, token)?.Split('|') is [var id, var number, var passphrase, var urgent] && Guid.TryParseExact(id, "N", out var tipId)
            ? new ShownReceipt(tipId, new Receipt(number, passphrase), urgent == "1")
            : null;

    public string FollowUpAccess(Guid tipId) => followUps.Protect(tipId.ToString("N"), time.GetUtcNow() + FollowUpAccessLifetime);

    public Guid? ReadFollowUpAccess(string? token) =>
        Guid.TryParseExact(Read(followUps, token), "N", out var id) ? id : null;

    private string? Read(ITimeLimitedDataProtector protector, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return null;
        }

        try
        {
            var value = protector.Unprotect(token, out var expiration);
            return expiration > time.GetUtcNow() ? value : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}

/// <summary>What the receipt page shows: read from the reporter's own token, never from the database.</summary>
public sealed record ShownReceipt(Guid TipId, Receipt Receipt, bool Urgent);
