namespace Portal.Tips.Attachments;

/// <summary>
/// A file sent with a tip. Only what is needed to list and serve it is plaintext (kind, sniffed type, length,
/// state, time); the name is encrypted under the tip's data key and the bytes live encrypted in the blob store,
/// or in the <see cref="AttachmentOutboxItem">outbox</see> while the store is unavailable.
/// </summary>
internal sealed class TipAttachment
{
    public Guid Id { get; set; }

    public Guid TipId { get; set; }

    /// <summary>1 to <see cref="AttachmentRules.MaxAttachmentsPerTip"/>, unique per tip: the database enforces the limit.</summary>
    public int Slot { get; set; }

    /// <summary>The name the reporter gave the file, encrypted (field <c>attachment-name/{id:N}</c>).</summary>
    public byte[] EncryptedName { get; set; } = [];

    /// <summary>One of <see cref="AttachmentKinds"/>.</summary>
    public string Kind { get; set; } = AttachmentKinds.Document;

    /// <summary>The type found from the content itself, never the one the browser declared.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>Plaintext length in bytes.</summary>
    public long Length { get; set; }

    public string BlobKey { get; set; } = "";

    /// <summary>Images only: the metadata-stripped, upright copy that staff view; the original stays as evidence.</summary>
    public string? ViewingCopyBlobKey { get; set; }

    /// <summary>
    /// What the viewing copy really is (a PNG, GIF or WebP photo's copy is a PNG; a HEIC photo's stripped copy is
    /// HEIC); null for files made before it was recorded, whose copies are JPEG for a JPEG photo and PNG otherwise.
    /// </summary>
    public string? ViewingCopyContentType { get; set; }

    public AttachmentState State { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}

/// <summary>Whether the encrypted bytes are in the blob store yet or still waiting in the outbox.</summary>
public enum AttachmentState
{
    Stored,
    WaitingForStore,
}

/// <summary>The coarse kinds staff pages show differently.</summary>
internal static class AttachmentKinds
{
    public const string Image = "image";
    public const string Video = "video";
    public const string Document = "document";
}
