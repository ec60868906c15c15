using Microsoft.AspNetCore.DataProtection;
using Portal.Tips.Reporting;
using Portal.Tips.Sealing;

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

    /// <summary>The receipt a receipt token carries, its key to the tip allowed for the rest of this request.</summary>
    public ShownReceipt? ReadReceipt(string? token)
    {
        if (Read(receipts, token)?.Split('|') is not [var id, var number, var passphrase, var urgent] || !Guid.TryParseExact(id, "N", out var tipId))
        {
            return null;
        }

        SealedTipAccess.Current?.AllowReporter(tipId, TipFollowUp.ReporterKeyOf(tipId, number, passphrase));
        return new ShownReceipt(tipId, new Receipt(number, passphrase), urgent == "1");
    }

    /// <summary>
    /// The token for the reporter's next request: the tip id, and their key to it when their receipt opened it in this
    /// request (a sealed tip opens with nothing else).
    /// </summary>
    public string FollowUpAccess(Guid tipId) =>
        followUps.Protect(
            SealedTipAccess.Current?.ReporterKeyOf(tipId) is { } key ? $"{tipId:N}|{Convert.ToBase64String(key)}" : tipId.ToString("N"),
            time.GetUtcNow() + FollowUpAccessLifetime);

    /// <summary>The tip a follow-up token names, its key allowed for the rest of this request; null when it is not valid.</summary>
    public Guid? ReadFollowUpAccess(string? token)
    {
        var parts = Read(followUps, token)?.Split('|');
        if (parts is not { Length: 1 or 2 } || !Guid.TryParseExact(parts[0], "N", out var tipId))
        {
            return null;
        }

        if (parts.Length == 2 && SealedTipAccess.Current is { } access)
        {
            access.AllowReporter(tipId, Convert.FromBase64String(parts[1]));
        }

        return tipId;
    }

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
