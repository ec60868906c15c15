using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Portal.Tips.Attachments;

using Portal.Web.Hosting;

namespace Portal.Web.Reporting;

/// <summary>
/// Lets the report form carry its files in the same post without ASP.NET buffering them: form reading would
/// write every file over 64 KB to a plaintext temporary file, which the design forbids. For a multipart POST to
/// /report this middleware reads the body section by section, encrypts each file into the form's staging set as
/// it streams (<see cref="TipAttachmentStore.StageAsync"/>; the idempotency key is the form's first field), and
/// hands the page an ordinary url-encoded body of the text fields, plus a <see cref="ReportFormUploadOutcome"/>.
/// The page (and its antiforgery check) then runs exactly as for a form without files. Nothing is staged for a
/// forged post: the antiforgery token is the form's first field, and the fields read so far must pass the
/// antiforgery check before the first file is read; otherwise the request stops there with the refusal page.
/// </summary>
public sealed class ReportFormUploads(RequestDelegate next)
{
    private const string IdempotencyField = "Form.IdempotencyKey";

    /// <summary>All text fields together; the narrative alone may be 20,000 characters of up to 4 bytes.</summary>
    private const int MaxTextBytes = 512 * 1024;

    private const int MaxTextFields = 200;

    public async Task InvokeAsync(HttpContext context, TipAttachmentStore store, TipSubmissionLimits limits, IAntiforgery antiforgery)
    {
        if (!IsReportFormPost(context.Request)
            || !MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        TipUploadLimits.AllowLargeBody(context);
        var fields = new List<KeyValuePair<string, string>>();
        var outcome = new ReportFormUploadOutcome();
        var textBytes = 0;
        var antiforgeryPassed = false;
        var reader = new MultipartReader(boundary, context.Request.Body);
        while (await reader.NextSectionOrRefuseAsync(context.RequestAborted) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            var fileName = disposition.FileNameStar.Value ?? disposition.FileName.Value;
            if (disposition.IsFileDisposition())
            {
                // A file input left empty still sends a part, with no name and no bytes.
                if (!string.IsNullOrEmpty(fileName))
                {
                    antiforgeryPassed = antiforgeryPassed || await AntiforgeryPassesAsync(context, antiforgery, fields);
                    if (!antiforgeryPassed)
                    {
                        throw new AntiforgeryValidationException("The report form's files came without a valid antiforgery token before them.");
                    }

                    await StageAsync(context, store, limits, fields, outcome, fileName, section.Body);
                }

                continue;
            }

            if (!disposition.IsFormDisposition() || disposition.Name.Value is not { Length: > 0 } name)
            {
                continue;
            }

            var value = await MultipartBodies.ReadOrRefuseAsync(() => ReadTextAsync(section.Body, MaxTextBytes - textBytes, context.RequestAborted), context.RequestAborted);
            if (value is null || fields.Count >= MaxTextFields)
            {
                context.Response.StatusCode = StatusCodes.Status413RequestEntityTooLarge;
                return;
            }

            textBytes += Encoding.UTF8.GetByteCount(value);
            fields.Add(new(name, value));
        }

        context.Items[ReportFormUploadOutcome.ItemKey] = outcome;
        UseUrlEncodedBody(context.Request, fields);
        await next(context);
    }

    private static void UseUrlEncodedBody(HttpRequest request, List<KeyValuePair<string, string>> fields)
    {
        var body = Encoding.UTF8.GetBytes(string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));
        request.Body = new MemoryStream(body, writable: false);
        request.ContentType = "application/x-www-form-urlencoded; charset=utf-8";
        request.ContentLength = body.Length;
    }

    /// <summary>
    /// The antiforgery check over the text fields read so far (the token is among them when the form is ours),
    /// with the real validator: it reads the token from a form, so the fields are given to it as one, and the
    /// multipart body is put back afterwards, with the form it read forgotten.
    /// </summary>
    private static async Task<bool> AntiforgeryPassesAsync(HttpContext context, IAntiforgery antiforgery, List<KeyValuePair<string, string>> fields)
    {
        var request = context.Request;
        var (body, contentType, contentLength) = (request.Body, request.ContentType, request.ContentLength);
        UseUrlEncodedBody(request, fields);
        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        finally
        {
            request.Body = body;
            request.ContentType = contentType;
            request.ContentLength = contentLength;
            context.Features.Set<IFormFeature>(null);
        }
    }

    private static bool IsReportFormPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && Portal.Web.PublicSite.PublicUrls.IsPageInEitherLanguage(request.Path, Portal.Web.PublicSite.PublicUrls.Report);

    private static async Task StageAsync(
        HttpContext context,
        TipAttachmentStore store,
        TipSubmissionLimits limits,
        List<KeyValuePair<string, string>> fields,
        ReportFormUploadOutcome outcome,
        string fileName,
        Stream content)
    {
        var idempotencyKey = fields.LastOrDefault(f => f.Key == IdempotencyField).Value;
        if (string.IsNullOrEmpty(idempotencyKey) || idempotencyKey.Length > 100)
        {
            outcome.Refused.Add(new(fileName, "form-expired"));
            return;
        }

        if (!await limits.TryAcquireFileAsync(context.Connection.RemoteIpAddress))
        {
            outcome.Refused.Add(new(fileName, "rate-limited"));
            return;
        }

        var result = await store.StageAsync(idempotencyKey, fileName, content, context.RequestAborted);
        if (result.Accepted)
        {
            outcome.Added++;
        }
        else
        {
            outcome.Refused.Add(new(fileName, result.Error!));
        }
    }

    /// <summary>The section as text, or null when it is longer than <paramref name="maxBytes"/>.</summary>
    private static async Task<string?> ReadTextAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

/// <summary>What happened to the files sent with the report form, for the page to report.</summary>
public sealed class ReportFormUploadOutcome
{
    public const string ItemKey = "report-form-uploads";

    public int Added { get; set; }

    public List<RefusedFile> Refused { get; } = [];

    public static ReportFormUploadOutcome? Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) ? value as ReportFormUploadOutcome : null;
}

public sealed record RefusedFile(string FileName, string Error);
