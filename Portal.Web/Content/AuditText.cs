using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Content.Common;

namespace Portal.Web.Content;

/// <summary>Words for what the content audit trail records itself: actors that are not people, and its own notes.</summary>
public static class AuditText
{
    public static string? SystemActor(IStringLocalizer<ContentResource> text, string actorId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = actorId switch
        {
            ContentActor.SchedulerId => "AuditActor_Scheduler",
            ContentActor.SeedAuthorId => "AuditActor_SeedAuthor",
            ContentActor.SeedApproverId => "AuditActor_SeedApprover",
            _ => null,
        };
        return key is null ? null : text[key].Value;
    }

    /// <summary>The note the service writes when a newer version replaces one; stored as written, read in the reader's language.</summary>
    private const string ReplacedBy = "replaced by v";

    public static string? Comment(IStringLocalizer<ContentResource> text, string? comment)
    {
        ArgumentNullException.ThrowIfNull(text);
        return comment is not null && comment.StartsWith(ReplacedBy, StringComparison.Ordinal)
            && int.TryParse(comment.AsSpan(ReplacedBy.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? string.Format(CultureInfo.CurrentCulture, text["Workflow_ReplacedBy"], number)
            : comment;
    }
}
