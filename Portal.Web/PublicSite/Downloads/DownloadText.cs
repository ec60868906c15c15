using Portal.Content.Media;

namespace Portal.Web.PublicSite.Downloads;

/// <summary>How a downloadable file is named and described in a list: “A4 印刷文件”, “PDF · 1.2 MB · A4 · 12 页”.</summary>
public static class DownloadText
{
    public static string Label(DownloadableFile file, PageText text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        if (!string.IsNullOrWhiteSpace(file.Label))
        {
            return file.Label;
        }

        return file.PaperSize is { } size && file.Role == DownloadRole.PrintFile
            ? text.Format("Downloads_Role_PrintFileSized", text["PaperSize_" + size])
            : text["Downloads_Role_" + file.Role];
    }

    public static string Meta(DownloadableFile file, MediaFile media, PageText text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(media);
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(text["Downloads_MetaSeparator"], new[]
        {
            DownloadableFiles.FormatOf(file, media.FileName),
            text.Size(media.Length),
            file.PaperSize is { } paper ? text["PaperSize_" + paper] : null,
            file.PageCount is { } pages ? text.Format("Downloads_Pages", pages) : null,
        }.Where(part => !string.IsNullOrEmpty(part)));
    }
}
