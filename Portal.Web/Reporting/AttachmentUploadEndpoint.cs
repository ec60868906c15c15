using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Portal.Tips.Attachments;
using Portal.Content.Common;
using Portal.Web.Hosting;
using Portal.Web.PublicSite;

namespace Portal.Web.Reporting;

/// <summary>
/// POST /report/attachments (and /en/report/attachments): photos, videos and documents for a tip that is already committed, sent from the
/// receipt page (field <c>t</c>, the receipt token) or from the follow-up page (field <c>access</c>).
/// The tip comes first so that a slow rural upload can never cost the tip itself.
/// The multipart body is read section by section and each file is encrypted as it streams to the blob store:
/// ASP.NET's form buffering would write the plaintext to a temporary file, which the design forbids.
/// The protected token (first field) authorises the upload, so no antiforgery token is needed: another site
/// cannot know it.
/// </summary>
public static class AttachmentUploadEndpoint
{
    public static IEndpointRouteBuilder MapTipAttachmentUpload(this IEndpointRouteBuilder endpoints)
    {
        // The English pages post to /en/report/attachments and are sent back to English pages.
        foreach (var culture in new[] { ContentCultures.Chinese, ContentCultures.English })
        {
            endpoints.MapPost(PublicUrls.InCulture(culture, PublicUrls.ReportAttachments), UploadAsync)
                .DisableAntiforgery()
                .AllowAnonymous()
                .WithNoStore();
        }

        return endpoints;
    }

    private static async Task<IResult> UploadAsync(HttpContext context, ReporterTokens tokens, TipAttachmentStore store, TipSubmissionLimits limits)
    {
        TipUploadLimits.AllowLargeBody(context);
        var culture = PageText.CultureOf(context);

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return Results.BadRequest();
        }

        var reader = new MultipartReader(boundary, context.Request.Body);
        string? token = null;
        var fromFollowUp = false;
        Guid? tipId = null;
        var added = 0;
        string? refused = null;
        while (await reader.NextSectionOrRefuseAsync(context.RequestAborted) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            if (disposition.IsFormDisposition() && disposition.Name.Value is "t" or "access")
            {
                token = await MultipartBodies.ReadOrRefuseAsync(async () => await section.ReadAsStringAsync(context.RequestAborted), context.RequestAborted);
                fromFollowUp = disposition.Name.Value == "access";
                tipId = fromFollowUp ? tokens.ReadFollowUpAccess(token) : tokens.ReadReceipt(token)?.TipId;
                continue;
            }

            if (!disposition.IsFileDisposition() || string.IsNullOrEmpty(disposition.FileName.Value ?? disposition.FileNameStar.Value))
            {
                continue;
            }

            if (tipId is null)
            {
                return Back(culture, fromFollowUp ? PublicUrls.FollowUp : PublicUrls.Receipt);
            }

            if (!await limits.TryAcquireFileAsync(context.Connection.RemoteIpAddress))
            {
                refused ??= "rate-limited";
                continue;
            }

            var result = await store.AddAsync(tipId.Value, disposition.FileNameStar.Value ?? disposition.FileName.Value!, section.Body, context.RequestAborted);
            if (result.Accepted)
            {
                added++;
            }
            else
            {
                refused ??= result.Error;
            }
        }

        if (token is null)
        {
            // Not a form of ours: nothing names a tip.
            return Results.BadRequest();
        }

        if (tipId is null)
        {
            return Back(culture, fromFollowUp ? PublicUrls.FollowUp : PublicUrls.Receipt);
        }

        // The tokens cross the redirect in cookies, never in the address.
        var outcome = $"?added={added}" + (refused is null ? "" : $"&refused={Uri.EscapeDataString(refused)}");
        if (fromFollowUp)
        {
            ReporterCookies.HandOverFollowUp(context, tokens.FollowUpAccess(tipId.Value), culture);
            return Back(culture, PublicUrls.FollowUp + outcome);
        }

        ReporterCookies.KeepReceipt(context, token);
        return Back(culture, PublicUrls.Receipt + outcome);
    }

    /// <summary>"~" keeps the path base; the page is the one in the language the upload was posted from.</summary>
    private static IResult Back(string culture, string appPath) => Results.LocalRedirect("~" + PublicUrls.InCulture(culture, appPath));
}
