using System.Globalization;
using Microsoft.Net.Http.Headers;
using Portal.Content.Media;
using Portal.Storage.Blobs;
using Portal.Web.Hosting;

namespace Portal.Web.Content.Media;

/// <summary>
/// Sends a media file from the blob store as it streams: ETag and If-None-Match, one byte range (Range, If-Range),
/// HEAD, and a Content-Disposition that keeps a Chinese file name (RFC 6266 <c>filename*</c>).
/// </summary>
internal static class MediaFileResponse
{
    /// <summary>Uploaded files are data, never a page: nothing in them may run, even if a browser were fooled.</summary>
    private const string SandboxPolicy = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";

    /// <summary>Browsers' PDF viewers do not run in a sandboxed document.</summary>
    private const string PdfPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    public static async Task SendAsync(HttpContext context, MediaLibrary library, MediaFile file, string cacheControl)
    {
        var request = context.Request;
        var response = context.Response;
        var headers = response.GetTypedHeaders();
        response.Headers.CacheControl = cacheControl;
        response.Headers.ETag = file.ETag;
        response.Headers.AcceptRanges = "bytes";
        headers.LastModified = file.LastModified;
        SecurityHeaders.UsePolicy(context, file.ContentType == "application/pdf" ? PdfPolicy : SandboxPolicy);
        var disposition = new ContentDispositionHeaderValue(ShownInline(file) ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        response.Headers.ContentDisposition = disposition.ToString();

        if (request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Value == file.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        ByteRange? range;
        try
        {
            range = RequestedRange(request, file);
        }
        catch (BlobRangeNotSatisfiableException)
        {
            response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
            response.Headers.ContentRange = $"bytes */{file.Length}";
            return;
        }

        await using var download = await library.OpenAsync(file, range, context.RequestAborted);
        if (download is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.StatusCode = range is null ? StatusCodes.Status200OK : StatusCodes.Status206PartialContent;
        if (range is not null)
        {
            response.Headers.ContentRange = string.Create(CultureInfo.InvariantCulture, $"bytes {download.Offset}-{download.Offset + download.Length - 1}/{file.Length}");
        }

        response.ContentType = file.ContentType;
        response.ContentLength = download.Length;
        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        await download.Content.CopyToAsync(response.Body, context.RequestAborted);
    }

    /// <summary>Pictures, sound, video, captions and PDFs open in the browser; Office files and archives download.</summary>
    private static bool ShownInline(MediaFile file) =>
        file.Kind is MediaKind.Image or MediaKind.Video or MediaKind.Audio or MediaKind.Captions || file.ContentType == "application/pdf";

    /// <summary>One range, or null for the whole file (no Range, several ranges, or an If-Range for another version).</summary>
    /// <exception cref="BlobRangeNotSatisfiableException">The range starts at or beyond the end.</exception>
    private static ByteRange? RequestedRange(HttpRequest request, MediaFile file)
    {
        var typed = request.GetTypedHeaders();
        if (typed.Range is not { Unit.Value: "bytes", Ranges.Count: 1 } header)
        {
            return null;
        }

        if (typed.IfRange is { } ifRange && ifRange.EntityTag?.Tag.Value != file.ETag)
        {
            return null;
        }

        var only = header.Ranges.Single();
        var (offset, length) = (only.From, only.To) switch
        {
            ({ } from, { } to) when to >= from => (from, (long?)(Math.Min(to, file.Length - 1) - from + 1)),
            ({ } from, null) => (from, null),
            (null, { } suffix) when suffix > 0 => (Math.Max(0, file.Length - suffix), null),
            _ => (-1L, null),
        };
        if (offset < 0 || offset >= file.Length)
        {
            throw new BlobRangeNotSatisfiableException(Math.Max(offset, 0), file.Length);
        }

        return new ByteRange(offset, length is > 0 ? length : null);
    }
}
