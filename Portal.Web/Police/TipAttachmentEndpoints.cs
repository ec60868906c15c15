using Microsoft.Net.Http.Headers;
using Portal.Tips.Police;
using Portal.Web.Identity;
using Portal.Web.Hosting;

namespace Portal.Web.Police;

/// <summary>
/// A tip's files for the police, decrypted as they stream. The viewing copy (photos re-encoded without their
/// metadata) needs the Police policy; the original, which is evidence with its metadata, the Supervisor policy.
/// A tip or file the user's jurisdictions do not cover is a 404, exactly like one that does not exist. Every
/// download is audited by the service. Nothing may be kept by a browser or a proxy.
/// </summary>
public static class TipAttachmentEndpoints
{
    public const string ViewingCopyPattern = "/staff/tips/{tipId:guid}/attachments/{attachmentId:guid}";
    public const string OriginalPattern = "/staff/tips/{tipId:guid}/attachments/{attachmentId:guid}/original";

    public static string ViewingCopyUrl(Guid tipId, Guid attachmentId, bool download = false) =>
        $"/staff/tips/{tipId}/attachments/{attachmentId}" + (download ? "?download=1" : "");

    public static string OriginalUrl(Guid tipId, Guid attachmentId) => $"/staff/tips/{tipId}/attachments/{attachmentId}/original";

    public static IEndpointRouteBuilder MapTipAttachmentDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ViewingCopyPattern, (HttpContext context, Guid tipId, Guid attachmentId, string? download, TipCases cases) =>
                SendAsync(context, cases, tipId, attachmentId, original: false, inline: download != "1"))
            .RequireAuthorization(PortalPolicies.Police)
            .WithNoStore();
        endpoints.MapGet(OriginalPattern, (HttpContext context, Guid tipId, Guid attachmentId, TipCases cases) =>
                SendAsync(context, cases, tipId, attachmentId, original: true, inline: false))
            .RequireAuthorization(PortalPolicies.Supervisor)
            .WithNoStore();
        return endpoints;
    }

    private static async Task<IResult> SendAsync(HttpContext context, TipCases cases, Guid tipId, Guid attachmentId, bool original, bool inline)
    {
        if (context.User.ToStaffActor() is not { } actor)
        {
            return Results.Forbid();
        }

        (string Name, string ContentType, Stream Content)? file;
        try
        {
            file = await cases.OpenAttachmentAsync(actor, tipId, attachmentId, original, context.RequestAborted);
        }
        catch (TipAccessDeniedException)
        {
            return Results.NotFound();
        }

        if (file is not { } found)
        {
            return Results.NotFound();
        }

        var name = found.ContentType == "image/jpeg" && !original ? AsJpegName(found.Name) : found.Name;
        // Only the viewing copy of a photo is shown in the page; anything else is a download, never rendered here.
        var disposition = new ContentDispositionHeaderValue(inline && found.ContentType == "image/jpeg" ? "inline" : "attachment");
        disposition.SetHttpFileName(name);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return Results.Stream(found.Content, found.ContentType);
    }

    /// <summary>A viewing copy is always a JPEG, whatever the original was (HEIC, PNG…).</summary>
    private static string AsJpegName(string name)
    {
        var extension = Path.GetExtension(name);
        return extension.Equals(".jpg", StringComparison.OrdinalIgnoreCase) || extension.Equals(".jpeg", StringComparison.OrdinalIgnoreCase)
            ? name
            : Path.GetFileNameWithoutExtension(name) + ".jpg";
    }
}
