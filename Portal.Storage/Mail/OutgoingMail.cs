namespace Portal.Storage.Mail;

/// <summary>A plain-text message to one person.</summary>
public sealed record OutgoingMail(string ToAddress, string? ToName, string Subject, string TextBody);
