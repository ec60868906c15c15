namespace Portal.Tips.Attachments;

/// <summary>
/// The outcome of adding a file: the new attachment's id and state, or an error code the form shows. An attachment
/// that waits in the outbox is a success; it is safe in the database.
/// </summary>
public sealed class AttachmentResult : Outcome<Guid>
{
    private AttachmentResult(Guid id, AttachmentState state)
        : base(id, Failure.None, []) => State = state;

    private AttachmentResult(string error)
        : base(default, Failure.Invalid, [Problem.Error(error, "file")])
    {
    }

    public bool Accepted => Succeeded;

    public Guid? AttachmentId => Succeeded ? Value : null;

    public AttachmentState? State { get; }

    internal static AttachmentResult Stored(Guid id, AttachmentState state) => new(id, state);

    internal static AttachmentResult Refused(string error) => new(error);
}

/// <summary>A file received with a report form that has not been submitted successfully yet.</summary>
public sealed record StagedFile(Guid Id, string Name, long Length);
