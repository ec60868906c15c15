using Portal.Content.Common;
using Portal.Content.Media;

namespace Portal.Web.Content.Media;

/// <summary>The JSON answer of <see cref="MediaUploadEndpoint"/>: one entry per file in the order sent, or why the request was refused.</summary>
public sealed record MediaUploadResponse(IReadOnlyList<MediaUploadFileResult> Files, string? Error = null);

public sealed record MediaUploadFileResult(
    string FileName, bool Succeeded, string? Failure, Guid? AssetId, bool Duplicate, MediaKind? Kind, string? ContentType, long? Length,
    IReadOnlyList<MediaUploadProblem> Problems)
{
    public static MediaUploadFileResult From(string fileName, ContentResult<UploadedMedia> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var asset = result.Value?.Asset;
        return new MediaUploadFileResult(
            fileName, result.Succeeded, result.Succeeded ? null : result.Failure.ToString(), asset?.Id, result.Value?.WasDuplicate ?? false,
            asset?.Kind, asset?.ContentType, asset?.Length,
            [.. result.Problems.Select(p => new MediaUploadProblem(p.Code, p.Severity.ToString(), p.Field, p.Value))]);
    }
}

/// <summary>A <see cref="ContentProblem"/> as JSON: the code is what the page translates (docs/content.md).</summary>
public sealed record MediaUploadProblem(string Code, string Severity, string? Field, string? Value);

/// <summary>The text fields of an upload form; each applies to the files that follow it.</summary>
internal sealed class UploadForm
{
    private readonly Dictionary<string, string> fields = new(StringComparer.Ordinal);

    public Guid? DepartmentId => Guid.TryParse(fields.GetValueOrDefault("departmentId"), out var id) ? id : null;

    public Guid? FolderId => Guid.TryParse(fields.GetValueOrDefault("folderId"), out var id) ? id : null;

    public void Set(string name, string value)
    {
        if (fields.Count < 50 && name.Length <= 50)
        {
            fields[name] = value;
        }
    }

    /// <summary>Fields <c>alt.zh-CN</c>, <c>caption.en</c>, <c>credit.zh-CN</c>…</summary>
    public IReadOnlyList<MediaTextInput> Texts() =>
    [
        .. ContentCultures.All
            .Select(culture => new MediaTextInput(culture, fields.GetValueOrDefault($"alt.{culture}"), fields.GetValueOrDefault($"caption.{culture}"), fields.GetValueOrDefault($"credit.{culture}")))
            .Where(t => t.Alt is not null || t.Caption is not null || t.Credit is not null),
    ];
}
