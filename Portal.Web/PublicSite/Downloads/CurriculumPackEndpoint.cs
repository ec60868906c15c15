using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Delivery;
using Portal.Content.Media;
using Portal.Content.Types;

namespace Portal.Web.PublicSite.Downloads;

/// <summary>
/// GET <see cref="PublicUrls.CurriculumPack"/>: a live curriculum as one zip, built on the fly and written straight to
/// the response (no temporary file, no whole archive in memory): each live lesson as a printable HTML page, then every
/// file the curriculum and its lessons attach (the teacher guide, download lists, audio, video, captions), streamed from
/// the blob store. Pictures shown in a lesson stay on its page: their originals may carry EXIF data and are never public.
/// Curricula have no stored pack (unlike resources' <c>PackAssetId</c>): a stored zip would go stale with every lesson
/// edit. The ETag is made of the live versions and the files' hashes, so a repeat download is revalidated with a 304.
/// </summary>
public static class CurriculumPackEndpoint
{
    public const string Pattern = "/downloads/curriculum-pack/{curriculumId:guid}";

    public static IEndpointRouteBuilder MapCurriculumPacks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Pattern, [HttpMethods.Get, HttpMethods.Head], SendAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task SendAsync(HttpContext context, Guid curriculumId, PublishedContent published, MediaLibrary media)
    {
        var cancellationToken = context.RequestAborted;
        if (await published.FindAsync(curriculumId, cancellationToken) is not { Type: ContentType.Curriculum } curriculum)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var fields = (CurriculumFields)ReadFields(curriculum);
        var lessons = new List<PublishedItem>();
        foreach (var lessonId in fields.Lessons)
        {
            if (await published.FindAsync(lessonId, cancellationToken) is { Type: ContentType.Lesson } lesson)
            {
                lessons.Add(lesson);
            }
        }

        var attached = new[] { curriculum }.Concat(lessons).SelectMany(AttachedAssets).Distinct().ToList();
        var described = await media.DescribePublicFilesAsync(attached, cancellationToken);
        var files = attached.Where(described.ContainsKey).Select(id => described[id]).Where(f => f.Kind != MediaKind.Image).ToList();

        var response = context.Response;
        var etag = ETagOf(curriculum, lessons, files);
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "public, max-age=300";
        if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch
            && ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var english = curriculum.Culture == ContentCultures.English;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(SafeName(curriculum.Title) + (english ? " - curriculum pack.zip" : "-课程包.zip"));
        response.Headers.ContentDisposition = disposition.ToString();
        response.ContentType = "application/zip";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await using var output = new AsyncOnlyResponseStream(response.Body);
        await WriteArchiveAsync(output, curriculum, lessons, files, media, english, cancellationToken);
        await output.DrainAsync(cancellationToken);
    }

    private static async Task WriteArchiveAsync(
        AsyncOnlyResponseStream output, PublishedItem curriculum, List<PublishedItem> lessons, List<MediaFile> files, MediaLibrary media, bool english,
        CancellationToken cancellationToken)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8, cancellationToken);
        var number = 0;
        foreach (var lesson in lessons)
        {
            number++;
            var entry = zip.CreateEntry($"{number:00}-{SafeName(lesson.Title)}.html", CompressionLevel.Fastest);
            entry.LastWriteTime = lesson.PublishedAt;
            await using (var stream = await entry.OpenAsync(cancellationToken))
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(LessonDocument.Html(lesson, (LessonFields)ReadFields(lesson), english)), cancellationToken);
            }

            await output.DrainAsync(cancellationToken);
        }

        var folder = english ? "files" : "附件";
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            await using var download = await media.OpenAsync(file, null, cancellationToken);
            if (download is null)
            {
                continue;
            }

            // Stored, not deflated: PDFs, Office files, audio and video are compressed already.
            var entry = zip.CreateEntry($"{folder}/{UniqueName(names, SafeName(file.FileName))}", CompressionLevel.NoCompression);
            entry.LastWriteTime = curriculum.PublishedAt;
            await using (var stream = await entry.OpenAsync(cancellationToken))
            {
                await download.Content.CopyToAsync(stream, cancellationToken);
            }

            await output.DrainAsync(cancellationToken);
        }
    }

    private static ContentFields ReadFields(PublishedItem item) =>
        System.Text.Json.JsonSerializer.Deserialize<ContentFields>(item.FieldsJson, BlockJson.Options)!;

    private static IEnumerable<Guid> AttachedAssets(PublishedItem item) =>
        ReadFields(item).MediaAssetIds().Concat(BlockJson.Deserialize(item.BodyJson).SelectMany(b => b.MediaAssetIds()));

    /// <summary>Weak: the same versions and files give the same archive contents, not necessarily the same bytes.</summary>
    private static string ETagOf(PublishedItem curriculum, IEnumerable<PublishedItem> lessons, IEnumerable<MediaFile> files)
    {
        var parts = string.Join('|', new[] { curriculum.VersionId.ToString("N") }
            .Concat(lessons.Select(l => l.VersionId.ToString("N")))
            .Concat(files.Select(f => f.ETag)));
        return $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parts)))[..32]}\"";
    }

    /// <summary>A title as a file name on every system: no path separators or characters Windows refuses.</summary>
    internal static string SafeName(string name)
    {
        var invalid = "\\/:*?\"<>|".ToCharArray();
        var cleaned = new string([.. name.Select(c => char.IsControl(c) || invalid.Contains(c) ? '-' : c)]).Trim().Trim('.');
        return cleaned.Length == 0 ? "untitled" : cleaned.Length > 80 ? cleaned[..80] : cleaned;
    }

    private static string UniqueName(HashSet<string> taken, string name)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)}-{i}{Path.GetExtension(name)}";
        }

        return candidate;
    }
}
