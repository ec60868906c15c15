using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Storage.Redis;
using Portal.Tips.Data;
using Portal.Tips.Reporting;

namespace Portal.Tips.Reporting;

public enum PublicTipStatus
{
    Received,
    UnderReview,
    Closed,
}

public enum ReceiptSignInOutcome
{
    SignedIn,
    WrongReceipt,
    Throttled,
}

public sealed record FollowUpMessage(MessageDirection Direction, string Body, DateTimeOffset SentAt);

public sealed record TipFollowUpView(Guid TipId, string Category, PublicTipStatus Status, string? PoliceStatusMessage, DateTimeOffset ReceivedAt, IReadOnlyList<FollowUpMessage> Messages);

/// <summary>
/// What a reporter can do with their receipt: see the status and the police's messages, and answer them.
/// Sign-in is throttled per receipt (in the database, across web nodes) and per client bucket (in Redis across
/// nodes when it is configured, else in memory),
/// and every attempt is recorded without anything that identifies the reporter.
/// </summary>
public sealed partial class TipFollowUp(TipsContexts contexts, TipKeyring keyring, ReceiptHashes hashes, TimeProvider time, SharedCounters? shared = null)
{
    public const int MaxFailuresPerReceipt = 5;
    public const int MaxFailuresPerClient = 20;
    public const int MaxMessageLength = 5_000;
    public static readonly TimeSpan ReceiptWindow = TimeSpan.FromMinutes(15);

    private readonly FailureWindow clientFailures = new(time, MaxFailuresPerClient, TimeSpan.FromHours(1), shared, "receipt-sign-in");

    public async Task<(ReceiptSignInOutcome Outcome, Guid? TipId)> SignInAsync(string? number, string? passphrase, string clientBucket, CancellationToken cancellationToken = default)
    {
        if (await clientFailures.IsBlockedAsync(clientBucket))
        {
            return (ReceiptSignInOutcome.Throttled, null);
        }

        var normalized = Receipt.NormalizeNumber(number);
        if (normalized is null)
        {
            await clientFailures.RecordFailureAsync(clientBucket);
            return (ReceiptSignInOutcome.WrongReceipt, null);
        }

        var numberHash = hashes.OfNumber(normalized);
        var now = time.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var since = now - ReceiptWindow;
        var recentFailures = await context.Set<ReceiptSignInAttempt>()
            .CountAsync(a => a.ReceiptNumberHash == numberHash && !a.Succeeded && a.AttemptedAt >= since, cancellationToken);
        if (recentFailures >= MaxFailuresPerReceipt)
        {
            return (ReceiptSignInOutcome.Throttled, null);
        }

        var tip = await context.Set<Tip>()
            .Where(t => t.ReceiptNumberHash == numberHash)
            .Select(t => new { t.Id, t.PassphraseHash })
            .SingleOrDefaultAsync(cancellationToken);
        var succeeded = tip is not null && ReceiptHashes.Same(tip.PassphraseHash, hashes.OfPassphrase(tip.Id, Receipt.NormalizePassphrase(passphrase)));
        context.Add(new ReceiptSignInAttempt
        {
            ReceiptNumberHash = numberHash,
            Succeeded = succeeded,
            AttemptedAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero),
        });
        await context.SaveChangesAsync(cancellationToken);
        if (!succeeded)
        {
            await clientFailures.RecordFailureAsync(clientBucket);
            return (ReceiptSignInOutcome.WrongReceipt, null);
        }

        var reporterKey = ReporterKeyOf(tip!.Id, normalized, passphrase);
        await TakeOverServerCopyAsync(tip.Id, reporterKey, cancellationToken);
        Sealing.SealedTipAccess.Current?.AllowReporter(tip.Id, reporterKey);
        return (ReceiptSignInOutcome.SignedIn, tip.Id);
    }

    /// <summary>
    /// A tip sealed by the migration still has the server's copy of its key, kept for its reporter: now that they are
    /// back with the receipt, they get their own share and the server's copy goes.
    /// </summary>
    private async Task TakeOverServerCopyAsync(Guid tipId, byte[] reporterKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var tip = await context.Set<Tip>().SingleAsync(t => t.Id == tipId, cancellationToken);
        if (tip.DataKeyShares is null || tip.ReporterDataKey is not null || tip.WrappedDataKey.Length == 0)
        {
            return;
        }

        var dataKey = keyring.Open(tip.WrappedDataKey);
        tip.ReporterDataKey = Sealing.ReporterKey.Seal(reporterKey, dataKey, tip.Id);
        Array.Clear(dataKey);
        tip.WrappedDataKey = [];
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The key a receipt gives its reporter to their sealed tip (derived, never stored).</summary>
    public static byte[] ReporterKeyOf(Guid tipId, string number, string? passphrase) =>
        Sealing.ReporterKey.Derive(tipId, Receipt.NormalizeNumber(number) ?? number, Receipt.NormalizePassphrase(passphrase));

    public async Task<TipFollowUpView?> ViewAsync(Guid tipId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var tip = await context.Set<Tip>().Include(t => t.Messages).AsNoTracking().SingleOrDefaultAsync(t => t.Id == tipId, cancellationToken);
        if (tip is null)
        {
            return null;
        }

        var dataKey = keyring.Open(tip);
        var messages = tip.Messages
            .OrderBy(m => m.SentAt)
            .Select(m => new FollowUpMessage(m.Direction, TipKeyring.Unseal<string>(dataKey, tip.Id, TipFields.Message(m.Id), m.EncryptedBody), m.SentAt))
            .ToList();
        var statusMessage = tip.EncryptedStatusMessage is null ? null : TipKeyring.Unseal<string>(dataKey, tip.Id, TipFields.StatusMessage, tip.EncryptedStatusMessage);
        return new TipFollowUpView(tip.Id, tip.Category, PublicStatusOf(tip.Status), statusMessage, tip.ReceivedAt, messages);
    }

    /// <summary>Adds the reporter's message; or the error code for the page.</summary>
    public async Task<Outcome> ReplyAsync(Guid tipId, string? text, CancellationToken cancellationToken = default)
    {
        var (body, _) = TipTextRules.Clean(text);
        if (body is null)
        {
            return Outcome.Fail("required");
        }

        if (TipTextRules.VisibleLength(body) > MaxMessageLength)
        {
            return Outcome.Fail("too-long");
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var tip = await context.Set<Tip>().SingleOrDefaultAsync(t => t.Id == tipId, cancellationToken);
        if (tip is null)
        {
            return Outcome.Fail("unknown-tip");
        }

        if (ContainsReceipt(tip, body))
        {
            return Outcome.Fail("contains-receipt");
        }

        var message = new TipMessage { Id = Guid.CreateVersion7(time.GetUtcNow()), TipId = tip.Id, Direction = MessageDirection.FromReporter, SentAt = time.GetUtcNow() };
        message.EncryptedBody = TipKeyring.Seal(keyring.Open(tip), tip.Id, TipFields.Message(message.Id), body);
        context.Add(message);
        tip.UpdatedAt = message.SentAt;
        tip.UnreadByPolice = true;
        await context.SaveChangesAsync(cancellationToken);
        return Outcome.Ok;
    }

    public static PublicTipStatus PublicStatusOf(TipStatus status) => status switch
    {
        TipStatus.New => PublicTipStatus.Received,
        TipStatus.Closed => PublicTipStatus.Closed,
        _ => PublicTipStatus.UnderReview,
    };

    /// <summary>A message must not carry the receipt: it would then be readable by whoever reads the message.</summary>
    private bool ContainsReceipt(Tip tip, string body)
    {
        var digitsOnly = new string(body.Where(char.IsAsciiDigit).ToArray());
        for (var start = 0; start + 16 <= digitsOnly.Length; start++)
        {
            if (ReceiptHashes.Same(hashes.OfNumber(digitsOnly.Substring(start, 16)), tip.ReceiptNumberHash))
            {
                return true;
            }
        }

        return PassphraseLike().Matches(body).Any(match =>
            ReceiptHashes.Same(hashes.OfPassphrase(tip.Id, Receipt.NormalizePassphrase(match.Value)), tip.PassphraseHash));
    }

    [GeneratedRegex(@"[A-Za-z2-9]{4}[\s-]?[A-Za-z2-9]{4}[\s-]?[A-Za-z2-9]{4}")]
    private static partial Regex PassphraseLike();
}
