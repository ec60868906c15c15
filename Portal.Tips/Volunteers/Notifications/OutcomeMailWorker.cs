using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Shared.Workers;
using Portal.Storage.Mail;

namespace Portal.Tips.Volunteers.Notifications;

/// <summary>Sends queued outcome mails every <see cref="MailOptions.PollInterval"/> while mail is on, on the node that gets the round lock.</summary>
internal sealed partial class OutcomeMailWorker(OutcomeMailer mailer, IRoundLock rounds, IOptions<MailOptions> options, TimeProvider time, ILogger<OutcomeMailWorker> logger) : PeriodicWorker(time, logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Period => options.Value.PollInterval;

    protected override Task RunRoundAsync(CancellationToken stoppingToken) =>
        rounds.RunOnceAcrossNodesAsync("tips.outcome-mail", async cancellationToken =>
        {
            while (await mailer.SendDueAsync(cancellationToken: cancellationToken) > 0)
            {
            }
        }, stoppingToken);

    protected override void OnRoundFailed(Exception exception) => LogFailed(logger, exception.GetType().Name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outcome mail round failed ({Error}); retrying at the next interval.")]
    private static partial void LogFailed(ILogger logger, string error);
}
