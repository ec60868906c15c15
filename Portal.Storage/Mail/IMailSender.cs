namespace Portal.Storage.Mail;

/// <summary>Hands a message to the mail server. Throws when it was not accepted; callers keep it and try again.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
