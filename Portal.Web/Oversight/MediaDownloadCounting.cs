using Portal.Content.Downloads;

namespace Portal.Web.Oversight;

/// <summary>
/// Which responses of the public media route count as a download (called once the response has been sent):
/// a GET of the file itself (<c>/media/{id}</c>, not a rendition such as <c>thumb</c> or <c>w960</c>, which pages
/// embed as pictures) that sent the whole file (200) or a range starting at its first byte (206 "bytes 0-…"). A
/// player or PDF viewer that fetches a file in chunks thus counts once per opening, not once per chunk; HEAD, 304
/// (the browser already had it), 416 and aborted transfers count nothing. Only the file id and the UTC day are
/// stored; a failure to count is logged and never breaks the download.
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
        if (rendition is not null || !HttpMethods.IsGet(context.Request.Method) || context.RequestAborted.IsCancellationRequested)
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "A download of media file {AssetId} could not be counted.")]
    private static partial void LogCountFailed(ILogger logger, Exception exception, Guid assetId);
}
