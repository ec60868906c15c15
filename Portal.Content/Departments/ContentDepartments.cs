using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;

namespace Portal.Content.Departments;

/// <summary>The departments the manager offers a person: where they may create items (Editor) and the ones they see.</summary>
public sealed class ContentDepartments(ContentContexts contexts)
{
    /// <summary>Departments where the person holds <paramref name="role"/>, or any content role when null; in tree order.</summary>
    public async Task<IReadOnlyList<DepartmentView>> OfAsync(ContentActor actor, ContentRole? role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = role is { } only
            ? await DepartmentAccess.DepartmentsWithRoleAsync(context, actor, only, cancellationToken)
            : await DepartmentAccess.DepartmentsWithAnyRoleAsync(context, actor, cancellationToken);
        var departments = await context.Set<Department>().AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        return [.. departments.OrderBy(d => d.ParentId is null ? 0 : 1).ThenBy(d => d.SortOrder).Select(DepartmentView.Of)];
    }

    /// <summary>Names of all departments by id (for list rows).</summary>
    public async Task<IReadOnlyDictionary<Guid, DepartmentView>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Set<Department>().AsNoTracking().ToDictionaryAsync(d => d.Id, DepartmentView.Of, cancellationToken);
    }
}
