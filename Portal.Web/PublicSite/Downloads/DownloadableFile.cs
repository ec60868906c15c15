using Portal.Content.Delivery;
using Portal.Content.Types;

namespace Portal.Web.PublicSite.Downloads;

/// <summary>What a downloadable file is for the reader: which file of which item, in which paper size and format.</summary>
public enum DownloadRole
{
    ResourceFile,
    ResourcePack,
    PrintFile,
    AnnouncementAudio,
    ScreenLoopVideo,
    ScreenLoopCaptions,
    TeacherGuide,
}

/// <summary>A file a live item offers for download, as the fields name it (size and type come from the media library).</summary>
public sealed record DownloadableFile(Guid AssetId, DownloadRole Role, string? Label, string? Format, PaperSize? PaperSize, int? PageCount);

public static class DownloadableFiles
{
    /// <summary>The content types whose fields carry downloads.</summary>
    public static readonly IReadOnlyList<ContentType> Types = [ContentType.Resource, ContentType.Poster, ContentType.VenueKit, ContentType.Curriculum];

    /// <summary>The files of an item's live fields, in the order the editor gave them. A poster's web image is not a download.</summary>
    public static IReadOnlyList<DownloadableFile> Of(PublishedListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Fields switch
        {
            ResourceFields resource =>
            [
                .. resource.Files.Select(f => new DownloadableFile(f.AssetId, DownloadRole.ResourceFile, f.Label, f.Format, f.PaperSize, f.PageCount)),
                .. resource.PackAssetId is { } pack ? [new DownloadableFile(pack, DownloadRole.ResourcePack, null, "ZIP", null, null)] : Array.Empty<DownloadableFile>(),
            ],
            PosterFields poster => [.. poster.PrintFiles.Select(f => new DownloadableFile(f.AssetId, DownloadRole.PrintFile, null, null, f.PaperSize, null))],
            VenueKitFields kit =>
            [
                .. kit.Posters.Select(f => new DownloadableFile(f.AssetId, DownloadRole.PrintFile, null, null, f.PaperSize, null)),
                .. Optional(kit.AnnouncementAudioAssetId, DownloadRole.AnnouncementAudio),
                .. Optional(kit.ScreenLoopVideoAssetId, DownloadRole.ScreenLoopVideo),
                .. Optional(kit.ScreenLoopCaptionsAssetId, DownloadRole.ScreenLoopCaptions),
            ],
            CurriculumFields curriculum => [.. Optional(curriculum.TeacherGuideAssetId, DownloadRole.TeacherGuide)],
            _ => [],
        };
    }

    /// <summary>The format a file is listed under: the editor's (PDF, PPTX…) or else its file name's extension.</summary>
    public static string FormatOf(DownloadableFile file, string fileName)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!string.IsNullOrWhiteSpace(file.Format))
        {
            return file.Format.Trim().ToUpperInvariant();
        }

        return Path.GetExtension(fileName).TrimStart('.').ToUpperInvariant();
    }

    private static IEnumerable<DownloadableFile> Optional(Guid? assetId, DownloadRole role) =>
        assetId is { } id && id != Guid.Empty ? [new DownloadableFile(id, role, null, null, null, null)] : [];
}
