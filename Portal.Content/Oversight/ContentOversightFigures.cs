namespace Portal.Content.Oversight;

/// <summary>Items first published and versions published in the range, for one owning department.</summary>
public sealed record DepartmentPublications(Guid DepartmentId, string NameZh, string NameEn, long NewItems, long Publications);

/// <summary>Downloads of one file in the range.</summary>
public sealed record ResourceDownloads(Guid AssetId, string FileName, long Downloads);

/// <summary>
/// Downloads in the range of files used by live content for an audience (a term of the Audience vocabulary;
/// <c>null</c> key for files whose content names no audience). A file used for two audiences counts for both.
/// </summary>
public sealed record AudienceDownloads(string? AudienceKey, string LabelZh, string LabelEn, long Downloads);

public sealed record ContentOversightFigures(
    IReadOnlyList<DepartmentPublications> PublishedByDepartment,
    IReadOnlyList<ResourceDownloads> DownloadsByResource,
    IReadOnlyList<AudienceDownloads> DownloadsByAudience,
    long Downloads);
