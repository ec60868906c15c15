using Microsoft.EntityFrameworkCore;
using Portal.Content.Common;
using Portal.Content.Data;

namespace Portal.Content.Departments;

/// <summary>
/// Decides whether a person may act in a role on something a department owns: they must hold the role (as an
/// Identity role) and have a grant for it in that department, or in an ancestor granted with its sub-departments.
/// Services call this; pages only hide what services would refuse anyway.
/// </summary>
internal static class DepartmentAccess
{
    public static async Task<bool> HasRoleAsync(ContentDbContext context, ContentActor actor, ContentRole role, Guid departmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.IsSystem)
        {
            return true;
        }

        if (!actor.Roles.Contains(role))
        {
            return false;
        }

        var grants = await context.Set<DepartmentGrant>().AsNoTracking()
            .Where(g => g.UserId == actor.UserId && g.Role == role)
            .Select(g => new { g.DepartmentId, g.IncludesSubDepartments })
            .ToListAsync(cancellationToken);
        if (grants.Any(g => g.DepartmentId == departmentId))
        {
            return true;
        }

        var inherited = grants.Where(g => g.IncludesSubDepartments).Select(g => g.DepartmentId).ToHashSet();
        if (inherited.Count == 0)
        {
            return false;
        }

        var parents = await ParentsAsync(context, cancellationToken);
        return AncestorsOf(departmentId, parents).Any(inherited.Contains);
    }

    /// <summary>Every department where the person may act in <paramref name="role"/> (for list filters).</summary>
    public static async Task<HashSet<Guid>> DepartmentsWithRoleAsync(ContentDbContext context, ContentActor actor, ContentRole role, CancellationToken cancellationToken) =>
        actor.Roles.Contains(role) ? await CoveredAsync(context, actor, [role], cancellationToken) : [];

    /// <summary>Every department where the person holds any content role.</summary>
    public static Task<HashSet<Guid>> DepartmentsWithAnyRoleAsync(ContentDbContext context, ContentActor actor, CancellationToken cancellationToken) =>
        CoveredAsync(context, actor, [.. actor.Roles], cancellationToken);

    private static async Task<HashSet<Guid>> CoveredAsync(ContentDbContext context, ContentActor actor, List<ContentRole> roles, CancellationToken cancellationToken)
    {
        if (roles.Count == 0)
        {
            return [];
        }

        var grants = await context.Set<DepartmentGrant>().AsNoTracking()
            .Where(g => g.UserId == actor.UserId && roles.Contains(g.Role))
            .Select(g => new { g.DepartmentId, g.IncludesSubDepartments })
            .ToListAsync(cancellationToken);
        var covered = grants.Select(g => g.DepartmentId).ToHashSet();
        var inherited = grants.Where(g => g.IncludesSubDepartments).Select(g => g.DepartmentId).ToHashSet();
        if (inherited.Count > 0)
        {
            var parents = await ParentsAsync(context, cancellationToken);
            covered.UnionWith(parents.Keys.Where(id => AncestorsOf(id, parents).Any(inherited.Contains)));
        }

        return covered;
    }

    private static async Task<Dictionary<Guid, Guid?>> ParentsAsync(ContentDbContext context, CancellationToken cancellationToken) =>
        await context.Set<Department>().AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.ParentId, cancellationToken);

    /// <summary>The department's ancestors, nearest first (a cycle, which the administration refuses, would stop the walk).</summary>
    internal static IEnumerable<Guid> AncestorsOf(Guid departmentId, IReadOnlyDictionary<Guid, Guid?> parents)
    {
        var seen = new HashSet<Guid> { departmentId };
        var current = departmentId;
        while (parents.TryGetValue(current, out var parent) && parent is { } next && seen.Add(next))
        {
            yield return next;
            current = next;
        }
    }
}
