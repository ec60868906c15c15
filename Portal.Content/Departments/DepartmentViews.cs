using Portal.Content.Common;
using Portal.Shared.Culture;

namespace Portal.Content.Departments;

/// <summary>A department as the manager lists it: its place in the tree and its names.</summary>
public sealed record DepartmentView(Guid Id, string Key, string NameZh, string NameEn, Guid? ParentId, int SortOrder)
{
    public string Name(string culture) => PageCulture.IsChineseName(culture) ? NameZh : NameEn;

    internal static DepartmentView Of(Department department) =>
        new(department.Id, department.Key, department.NameZh, department.NameEn, department.ParentId, department.SortOrder);
}

/// <summary>A person's content role in a department (and, when <see cref="IncludesSubDepartments"/>, beneath it); who granted it and when.</summary>
public sealed record DepartmentGrantView(
    Guid Id, string UserId, Guid DepartmentId, ContentRole Role, bool IncludesSubDepartments, string GrantedBy, DateTimeOffset GrantedAt)
{
    internal static DepartmentGrantView Of(DepartmentGrant grant) =>
        new(grant.Id, grant.UserId, grant.DepartmentId, grant.Role, grant.IncludesSubDepartments, grant.GrantedBy, grant.GrantedAt);
}
