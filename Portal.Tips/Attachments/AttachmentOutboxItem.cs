namespace Portal.Tips.Attachments;

/// <summary>
/// An encrypted blob that could not be written when the tip was sent. It waits in the database, which did
/// accept the tip, until <see cref="AttachmentOutboxWorker"/> gets it into the blob store: a store outage
/// must never lose an attachment.
/// </summary>
internal sealed class AttachmentOutboxItem
{
    public Guid Id { get; set; }

    public Guid AttachmentId { get; set; }

    public string BlobKey { get; set; } = "";

    /// <summary>The ciphertext exactly as it goes to the blob store; the outbox never holds plaintext.</summary>
    public byte[] EncryptedContent { get; set; } = [];

    public int Attempts { get; set; }

    /// <summary>When a worker may try (again); also the claim token that keeps two web nodes off one item.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }
}
