namespace Portal.Web.Content.Media;

/// <summary>Which files the media page lists: all of the department's, those at the top (in no folder), or one folder's.</summary>
public sealed record MediaFolderChoice(Guid? FolderId, bool IsTopLevel)
{
    public static readonly MediaFolderChoice All = new(null, false);

    public static readonly MediaFolderChoice TopLevel = new(null, true);

    public bool IsAll => FolderId is null && !IsTopLevel;

    public static MediaFolderChoice Folder(Guid id) => new(id, false);
}
