using System.Text.Json;

namespace Portal.Web.Content.Media;

/// <summary>One file of an upload on the media page: how much is sent and, once answered, what the library said.</summary>
public sealed class MediaUploadProgress(string fileName, long size)
{
    public string FileName { get; } = fileName;

    public long Size { get; } = size;

    public long Sent { get; private set; }

    public bool IsFinished { get; private set; }

    /// <summary>The endpoint's answer for this file (<see cref="MediaUploadFileResult"/>), or null when there was none.</summary>
    public MediaUploadFileResult? Result { get; private set; }

    /// <summary>Why the whole request was refused (<c>request.antiforgery</c> …), or <c>request.failed</c> without an answer.</summary>
    public string? RequestError { get; private set; }

    public int Percent => Size <= 0 ? (IsFinished ? 100 : 0) : (int)Math.Min(100, Sent * 100 / Size);

    public bool Succeeded => Result?.Succeeded == true;

    public void Progress(long loaded, long total) => Sent = total > 0 && total != Size ? loaded * Size / total : loaded;

    /// <summary>Reads the JSON answer of <c>POST /staff/media/upload</c> (docs/content.md, "Upload contract").</summary>
    public void Finish(int status, string? body)
    {
        IsFinished = true;
        MediaUploadResponse? response = null;
        if (!string.IsNullOrEmpty(body))
        {
            try
            {
                response = JsonSerializer.Deserialize<MediaUploadResponse>(body, JsonOptions);
            }
            catch (JsonException)
            {
                response = null;
            }
        }

        Result = response is { Files.Count: > 0 } ? response.Files[0] : null;
        if (Result is null)
        {
            RequestError = response?.Error ?? (status == StatusCodes.Status403Forbidden ? "access.denied" : "request.failed");
        }
        else if (Result.Succeeded)
        {
            Sent = Size;
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
