using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Storage.Mail;

namespace Portal.Tips.Volunteers.Notifications;

/// <summary>Sends queued outcome mails every <see cref="MailOptions.PollInterval"/> while mail is on.</summary>
internal sealed partial class OutcomeMailWorker(OutcomeMailer mailer, IOptions<MailOptions> options, TimeProvider time, ILogger<OutcomeMailWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                while (await mailer.SendDueAsync(cancellationToken: stoppingToken) > 0)
                {
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outcome mail round failed ({Error}); retrying at the next interval.")]
    private static partial void LogFailed(ILogger logger, string error);
}
