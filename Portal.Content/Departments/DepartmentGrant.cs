using Portal.Content.Common;

namespace Portal.Content.Departments;

/// <summary>
/// A user's content role in one department (and, when <see cref="IncludesSubDepartments"/>, the departments
/// beneath it). The user id is the Identity user's id; the content module keeps no other user data.
/// </summary>
internal sealed class DepartmentGrant
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public Guid DepartmentId { get; set; }

    public ContentRole Role { get; set; }

    public bool IncludesSubDepartments { get; set; }

    public string GrantedBy { get; set; } = "";

    public DateTimeOffset GrantedAt { get; set; }
}
