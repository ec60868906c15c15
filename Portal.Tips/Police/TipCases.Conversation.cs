using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Tips.Attachments;
using Portal.Tips.Audit;
using Portal.Tips.Data;
using Portal.Tips.Reporting;
using Portal.Tips.Protection;

namespace Portal.Tips.Police;

public sealed partial class TipCases
{
    /// <summary>An internal note: the reporter never sees it.</summary>
    public Task<Outcome> AddNoteAsync(StaffActor actor, Guid tipId, string? text, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, (context, tip, records) =>
        {
            var (body, error) = CleanText(text, required: true);
            if (error is not null)
            {
                return Task.FromResult<string?>(error);
            }

            var note = AddNote(context, actor, tip, body!);
            records.Add(new(actor.UserId, TipAuditActions.Note, tip.Id, $"note={note:N}"));
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>A message (or question) to the reporter, who reads it after signing in with the receipt.</summary>
    public Task<Outcome> SendMessageAsync(StaffActor actor, Guid tipId, string? text, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, (context, tip, records) =>
        {
            var (body, error) = CleanText(text, required: true);
            if (error is not null)
            {
                return Task.FromResult<string?>(error);
            }

            var now = time.GetUtcNow();
            var message = new TipMessage { Id = Guid.CreateVersion7(now), TipId = tip.Id, Direction = MessageDirection.FromPolice, SentAt = now };
            message.EncryptedBody = Seal(tip, TipFields.Message(message.Id), body!);
            context.Add(message);
            Acknowledge(actor, tip, records);
            records.Add(new(actor.UserId, TipAuditActions.Message, tip.Id, $"message={message.Id:N}"));
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>The short status text the reporter sees beside the status.</summary>
    public Task<Outcome> SetStatusMessageAsync(StaffActor actor, Guid tipId, string? text, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, tipId, (context, tip, records) =>
        {
            var (body, error) = CleanText(text, required: true);
            if (error is not null)
            {
                return Task.FromResult<string?>(error);
            }

            SetStatusMessage(actor, tip, body!, records);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    private Guid AddNote(TipsDbContext context, StaffActor actor, Tip tip, string body)
    {
        var now = time.GetUtcNow();
        var note = new TipNote { Id = Guid.CreateVersion7(now), TipId = tip.Id, AuthorId = actor.UserId, WrittenAt = now };
        note.EncryptedBody = Seal(tip, TipFields.Note(note.Id), body);
        context.Add(note);
        return note.Id;
    }

    private byte[] Seal(Tip tip, string field, string value)
    {
        var dataKey = keyring.Open(tip);
        try
        {
            return TipKeyring.Seal(dataKey, tip.Id, field, value);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private static string? CleanReason(string? reason) => CleanText(reason, required: true).Text;

    private static (string? Text, string? Error) CleanText(string? text, bool required)
    {
        var (cleaned, _) = TipTextRules.Clean(text);
        if (cleaned is null)
        {
            return (null, required ? "required" : null);
        }

        return TipTextRules.VisibleLength(cleaned) > MaxTextLength ? (null, "too-long") : (cleaned, null);
    }
}
