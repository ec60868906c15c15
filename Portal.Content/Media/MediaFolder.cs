namespace Portal.Content.Media;

/// <summary>A folder of the media library; folders form a tree inside one department (a folder's parent has its department).</summary>
internal sealed class MediaFolder
{
    public const int MaxName = 100;

    public Guid Id { get; set; }

    public Guid OwnerDepartmentId { get; set; }

    /// <summary>Null for a folder at the top of the department's library.</summary>
    public Guid? ParentId { get; set; }

    public string Name { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
