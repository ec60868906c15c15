namespace Portal.Web.Content.Media;

/// <summary>The manager's media pages (the file routes are in <see cref="MediaFileEndpoints"/>).</summary>
public static class MediaUrls
{
    public const string Library = "/staff/media";

    public static string Edit(Guid assetId) => $"/staff/media/{assetId}/edit";
}
