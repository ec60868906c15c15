using Microsoft.Extensions.Localization;
using Portal.Content.Common;

namespace Portal.Web.Content;

/// <summary>Names for the actors of the content audit trail that are not people (the scheduler, the seed).</summary>
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
}
