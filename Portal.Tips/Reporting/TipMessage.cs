namespace Portal.Tips.Reporting;

public enum MessageDirection
{
    FromReporter,
    FromPolice,
}

/// <summary>A message between the reporter and the police; the body is encrypted under the tip's data key.</summary>
internal sealed class TipMessage
{
    public Guid Id { get; set; }

    public Guid TipId { get; set; }

    public MessageDirection Direction { get; set; }

    public byte[] EncryptedBody { get; set; } = [];

    public DateTimeOffset SentAt { get; set; }
}
