namespace Portal.Tips.Reporting;

/// <summary>Field names used as associated data: a ciphertext moved to another field or tip fails to open.</summary>
internal static class TipFields
{
    public const string Report = "report";
    public const string Contact = "contact";
    public const string StatusMessage = "status-message";

    public static string Message(Guid messageId) => $"message/{messageId:N}";

    public static string Note(Guid noteId) => $"note/{noteId:N}";

    public static string AttachmentName(Guid attachmentId) => $"attachment-name/{attachmentId:N}";
}
