using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Content.Common;
using Portal.Content.Media;
using Portal.Web.Identity;
using Portal.Web.Hosting;

namespace Portal.Web.Content.Media;

/// <summary>
/// POST /staff/media/upload: files into the media library, for the manager's upload with a progress bar (the contract
/// is in docs/content.md). The multipart body is read section by section and each file streams to
/// <see cref="MediaLibrary.UploadAsync"/>; ASP.NET's form reading would first copy a 500 MB video to a temporary file.
/// For the same reason the antiforgery token must come before any file: in the <c>RequestVerificationToken</c> header,
/// or as the first form field <c>__RequestVerificationToken</c>.
/// </summary>
public static class MediaUploadEndpoint
{
    public const string Pattern = "/staff/media/upload";

    /// <summary>
    /// The upload answers a script, not a person: its refusals (a 403 from the policy too) go out as they are. A status
    /// page re-executed for a POST would instead be refused by the page's own antiforgery check as a 400.
    /// Call after <c>UseStatusCodePagesWithReExecute</c>.
    /// </summary>
    public static IApplicationBuilder UseMediaUploadWithoutStatusPages(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Pattern) && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
            {
                statusPages.Enabled = false;
            }

            return next(context);
        });

    public static IEndpointRouteBuilder MapMediaUpload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Pattern, UploadAsync)
            .DisableAntiforgery() // checked below, before the first file, without reading the whole form
            .RequireAuthorization(PortalPolicies.ContentEditing)
            .WithNoStore();
        return endpoints;
    }

    private static async Task<IResult> UploadAsync(HttpContext context, MediaLibrary library, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, IOptions<MediaOptions> mediaOptions)
    {
        if (context.User.ToContentActor() is not { } actor)
        {
            return Results.Forbid();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = mediaOptions.Value.MaxBytes.Largest + (1024 * 1024);
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return Refused("request.not-multipart");
        }

        var tokenHeader = antiforgeryOptions.Value.HeaderName ?? "RequestVerificationToken";
        var form = new UploadForm();
        var results = new List<MediaUploadFileResult>();
        var antiforgeryChecked = false;
        var reader = new MultipartReader(boundary, context.Request.Body);
        while (await reader.NextSectionOrRefuseAsync(context.RequestAborted) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            if (disposition.IsFormDisposition())
            {
                var name = disposition.Name.Value ?? "";
                var value = await section.ReadAsStringAsync(context.RequestAborted);
                if (name == "__RequestVerificationToken" && !antiforgeryChecked && context.Request.Headers[tokenHeader].Count == 0)
                {
                    context.Request.Headers[tokenHeader] = value;
                }
                else
                {
                    form.Set(name, value);
                }

                continue;
            }

            if (!disposition.IsFileDisposition())
            {
                continue;
            }

            if (!antiforgeryChecked)
            {
                // Without the header the antiforgery service would read the form itself: refuse before it can.
                if (context.Request.Headers[tokenHeader].Count == 0 || !await antiforgery.IsRequestValidAsync(context))
                {
                    return Refused("request.antiforgery");
                }

                antiforgeryChecked = true;
            }

            if (form.DepartmentId is not { } departmentId)
            {
                return Refused("request.department-missing");
            }

            var fileName = disposition.FileNameStar.Value ?? disposition.FileName.Value ?? "";
            var result = await library.UploadAsync(actor, new MediaUpload
            {
                DepartmentId = departmentId, FolderId = form.FolderId, FileName = fileName, Content = section.Body, Texts = form.Texts(),
            }, context.RequestAborted);
            results.Add(MediaUploadFileResult.From(fileName, result));
            if (result.Errors.Any(e => e.Code == ContentCodes.MediaTooLarge))
            {
                break; // the rest of the body would only be read to be thrown away
            }
        }

        if (results.Count == 0)
        {
            return Refused("request.no-file");
        }

        var status = results.TrueForAll(r => r.Succeeded) ? StatusCodes.Status200OK
            : results.Exists(r => r.Failure == nameof(Failure.Forbidden)) ? StatusCodes.Status403Forbidden
            : StatusCodes.Status422UnprocessableEntity;
        return Results.Json(new MediaUploadResponse(results), statusCode: status);
    }

    private static IResult Refused(string code) =>
        Results.Json(new MediaUploadResponse([], code), statusCode: StatusCodes.Status400BadRequest);
}
