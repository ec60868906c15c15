using Portal.Content.Downloads;

namespace Portal.Web.Oversight;

/// <summary>
/// Which responses of the public media route count as a download (called once the response has been sent):
/// a GET of the file itself (<c>/media/{id}</c>, not a rendition such as <c>thumb</c> or <c>w960</c>, which pages
/// embed as pictures) that sent the whole file (200) or a range starting at its first byte (206 "bytes 0-…"). A
/// player or PDF viewer that fetches a file in chunks thus counts once per opening, not once per chunk; HEAD, 304
/// (the browser already had it), 416 and aborted transfers count nothing. A file shown inside a page (an article's
/// inline image, a poster, a player in the page) is no download either: browsers say so in the request's
/// <c>Sec-Fetch-Dest</c> (<c>image</c>, <c>video</c>, <c>audio</c>, <c>track</c>…), while a download link, a file
/// opened in a tab or a request without that header (another site's link followed by an old browser, a script)
/// counts. Only the file id and the UTC day are stored; a failure to count is logged and never breaks the download.
/// </summary>
public static partial class MediaDownloadCounting
{
    public static async Task CountIfDownloadAsync(HttpContext context, Guid assetId, string? rendition)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsDownload(context, rendition))
        {
            return;
        }

        var services = context.RequestServices;
        try
        {
            await services.GetRequiredService<MediaDownloadCounter>().CountAsync(assetId, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCountFailed(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MediaDownloadCounting)), exception, assetId);
        }
    }

    public static bool IsDownload(HttpContext context, string? rendition)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (rendition is not null || !HttpMethods.IsGet(context.Request.Method) || context.RequestAborted.IsCancellationRequested
            || IsShownInPage(context.Request.Headers["Sec-Fetch-Dest"].ToString()))
        {
            return false;
        }

        return context.Response.StatusCode switch
        {
            StatusCodes.Status200OK => true,
            StatusCodes.Status206PartialContent => context.Response.Headers.ContentRange.ToString().StartsWith("bytes 0-", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>Fetch destinations of something a page embeds; <c>document</c>, <c>empty</c> (a download link, a script) and none count.</summary>
    private static bool IsShownInPage(string destination) => destination is "image" or "video" or "audio" or "track" or "embed" or "object" or "iframe" or "frame" or "style" or "font" or "script";

    [LoggerMessage(Level = LogLevel.Warning, Message = "A download of media file {AssetId} could not be counted.")]
    private static partial void LogCountFailed(ILogger logger, Exception exception, Guid assetId);
}
