using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Storage.Mail;
using Portal.Tips.Volunteers.Data;
using Portal.Tips.Volunteers.Model;

namespace Portal.Tips.Volunteers.Notifications;

/// <summary>
/// Queues outcome mails with the decision and sends the due ones. Several nodes may run <see cref="SendDueAsync"/>
/// at once: a conditional update claims each mail, so each is handed to the mail server by one node.
/// </summary>
public sealed partial class OutcomeMailer(
    VolunteersContexts contexts,
    IMailSender sender,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<OutcomeMailer> logger)
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(6);

    /// <summary>Adds the mail to the caller's unsaved changes when mail is on and the applicant gave an address.</summary>
    internal void QueueWith(VolunteersDbContext context, Volunteer volunteer, OutcomeMailKind kind)
    {
        if (!options.Value.Enabled || string.IsNullOrWhiteSpace(volunteer.Email))
        {
            return;
        }

        var now = time.GetUtcNow();
        context.Add(new OutcomeMail { VolunteerId = volunteer.Id, Kind = kind, CreatedAt = now, NextAttemptAt = now });
    }

    /// <summary>Sends up to <paramref name="batch"/> due mails; returns how many the mail server accepted.</summary>
    public async Task<int> SendDueAsync(int batch = 20, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        List<long> due;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await context.Set<OutcomeMail>()
                .Where(m => m.SentAt == null && !m.Dropped && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .OrderBy(m => m.Id)
                .Select(m => m.Id)
                .Take(batch)
                .ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var id in due)
        {
            if (await SendOneAsync(id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendOneAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var claimedUntil = now + ClaimFor;
        var claimed = await context.Set<OutcomeMail>()
            .Where(m => m.Id == id && m.SentAt == null && !m.Dropped && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, claimedUntil), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var mail = await context.Set<OutcomeMail>().SingleAsync(m => m.Id == id, cancellationToken);
        var volunteer = await context.Set<Volunteer>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == mail.VolunteerId, cancellationToken);
        if (volunteer is null || volunteer.ErasedAt is not null || string.IsNullOrWhiteSpace(volunteer.Email))
        {
            mail.Dropped = true;
            mail.ClaimedUntil = null;
            await context.SaveChangesAsync(cancellationToken);
            return false;
        }

        var message = mail.Kind == OutcomeMailKind.Accepted
            ? OutcomeMailText.Accepted(volunteer, volunteer.InvitationPath is { } path ? new Uri(options.Value.BaseUri, path.TrimStart('/')) : null)
            : OutcomeMailText.Rejected(volunteer);
        try
        {
            await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            mail.Attempts++;
            mail.ClaimedUntil = null;
            var wait = TimeSpan.FromMinutes(Math.Pow(2, Math.Min(mail.Attempts - 1, 10)));
            mail.NextAttemptAt = time.GetUtcNow() + (wait < LongestWait ? wait : LongestWait);
            await context.SaveChangesAsync(CancellationToken.None);
            LogNotSent(logger, mail.Id, mail.Attempts, exception.GetType().Name);
            return false;
        }

        mail.SentAt = time.GetUtcNow();
        mail.ClaimedUntil = null;
        await context.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    // The id only: never the address, the name or the link.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Outcome mail {MailId} not accepted by the mail server (attempt {Attempts}, {Error}); it stays queued.")]
    private static partial void LogNotSent(ILogger logger, long mailId, int attempts, string error);
}
