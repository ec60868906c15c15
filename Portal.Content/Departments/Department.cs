namespace Portal.Content.Departments;

/// <summary>
/// A unit that owns content: the provincial joint conference, its member units (第五条) and the prefecture-level
/// conferences, as a tree. Every content item (and, later, media asset) has an owner department.
/// </summary>
internal sealed class Department
{
    public Guid Id { get; set; }

    /// <summary>Stable, readable key, e.g. <c>publicity</c> or <c>conference-620100</c>.</summary>
    public string Key { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    public Guid? ParentId { get; set; }

    public int SortOrder { get; set; }
}
