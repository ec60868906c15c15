namespace Portal.Tips.Attachments;

/// <summary>
/// The outcome of adding a file: the new attachment's id, or an error code the form shows. An attachment that
/// waits in the outbox is a success; it is safe in the database.
/// </summary>
public sealed record AttachmentResult(Guid? AttachmentId, string? Error, AttachmentState? State = null)
{
    public bool Accepted => AttachmentId is not null;

    public static AttachmentResult Refused(string error) => new(null, error);
}

/// <summary>A file received with a report form that has not been submitted successfully yet.</summary>
public sealed record StagedFile(Guid Id, string Name, long Length);
