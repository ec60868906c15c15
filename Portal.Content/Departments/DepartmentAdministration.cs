using Microsoft.EntityFrameworkCore;
using Portal.Content.Audit;
using Portal.Content.Common;
using Portal.Content.Data;

namespace Portal.Content.Departments;

/// <summary>Departments and the grants that scope content roles to them. Only administrators change them.</summary>
public sealed class DepartmentAdministration(ContentContexts contexts, TimeProvider time)
{
    public async Task<IReadOnlyList<DepartmentView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var departments = await context.Set<Department>().AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Key).ToListAsync(cancellationToken);
        return [.. departments.Select(DepartmentView.Of)];
    }

    public async Task<ContentResult<DepartmentView>> CreateAsync(
        ContentActor actor, string key, string nameZh, string nameEn, Guid parentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return ContentResult.Forbidden<DepartmentView>(ContentCodes.AdministratorRequired);
        }

        var problems = new List<ContentProblem>();
        key = (key ?? "").Trim();
        if (!KeyRules.IsValid(key))
        {
            problems.Add(ContentProblem.Error(ContentCodes.InvalidValue, "key", key));
        }

        Require(problems, "nameZh", nameZh, 100);
        Require(problems, "nameEn", nameEn, 200);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var departments = context.Set<Department>();
        if (!await departments.AnyAsync(d => d.Id == parentId, cancellationToken))
        {
            problems.Add(ContentProblem.Error(ContentCodes.UnknownDepartment, "parentId", parentId.ToString()));
        }

        if (problems.Count == 0 && await departments.AnyAsync(d => d.Key == key, cancellationToken))
        {
            problems.Add(ContentProblem.Error(ContentCodes.KeyTaken, "key", key));
        }

        if (problems.Count > 0)
        {
            return ContentResult.Invalid<DepartmentView>(problems);
        }

        var sortOrder = await departments.Where(d => d.ParentId == parentId).Select(d => (int?)d.SortOrder).MaxAsync(cancellationToken) ?? 0;
        var department = new Department
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()), Key = key, NameZh = nameZh.Trim(), NameEn = nameEn.Trim(), ParentId = parentId, SortOrder = sortOrder + 1,
        };
        departments.Add(department);
        ContentAuditLog.Record(context, time.GetUtcNow(), actor, AuditAction.DepartmentCreated, null, null, department.Id, $"department {key}");
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success(DepartmentView.Of(department));
    }

    /// <summary>New Chinese and English names (both required); the key stays.</summary>
    public async Task<ContentResult<DepartmentView>> RenameAsync(
        ContentActor actor, Guid departmentId, string? nameZh, string? nameEn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return ContentResult.Forbidden<DepartmentView>(ContentCodes.AdministratorRequired);
        }

        var problems = new List<ContentProblem>();
        Require(problems, "nameZh", nameZh, 100);
        Require(problems, "nameEn", nameEn, 200);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var department = await context.Set<Department>().SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken);
        if (department is null)
        {
            return ContentResult.NotFound<DepartmentView>("departmentId");
        }

        if (problems.Count > 0)
        {
            return ContentResult.Invalid<DepartmentView>(problems);
        }

        var before = $"{department.NameZh} / {department.NameEn}";
        department.NameZh = nameZh!.Trim();
        department.NameEn = nameEn!.Trim();
        ContentAuditLog.Record(context, time.GetUtcNow(), actor, AuditAction.DepartmentRenamed, null, null, department.Id,
            $"department {department.Key}: {before} → {department.NameZh} / {department.NameEn}");
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success(DepartmentView.Of(department));
    }

    /// <summary>
    /// Moves a department (with the departments beneath it) under another, last among its new siblings. The root stays the
    /// root, and a department cannot go under itself or its own sub-departments (<see cref="ContentCodes.DepartmentCycle"/>).
    /// Grants with sub-departments follow the tree: after a move they cover the department where it now is.
    /// </summary>
    public async Task<ContentResult<DepartmentView>> MoveAsync(ContentActor actor, Guid departmentId, Guid newParentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return ContentResult.Forbidden<DepartmentView>(ContentCodes.AdministratorRequired);
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        // Serializable: two moves at the same moment cannot each pass the cycle check and together make a cycle.
        await using var transaction = await context.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
        var department = await context.Set<Department>().SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken);
        if (department is null)
        {
            return ContentResult.NotFound<DepartmentView>("departmentId");
        }

        if (department.ParentId == newParentId)
        {
            return ContentResult.Success(DepartmentView.Of(department));
        }

        var parents = await context.Set<Department>().AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.ParentId, cancellationToken);
        if (department.ParentId is null || !parents.ContainsKey(newParentId))
        {
            return ContentResult.Invalid<DepartmentView>([ContentProblem.Error(ContentCodes.UnknownDepartment, "parentId", newParentId.ToString())]);
        }

        if (newParentId == departmentId || DepartmentAccess.AncestorsOf(newParentId, parents).Contains(departmentId))
        {
            return ContentResult.Invalid<DepartmentView>([ContentProblem.Error(ContentCodes.DepartmentCycle, "parentId", newParentId.ToString())]);
        }

        var keys = await context.Set<Department>().AsNoTracking().Where(d => d.Id == department.ParentId || d.Id == newParentId)
            .ToDictionaryAsync(d => d.Id, d => d.Key, cancellationToken);
        var from = keys.GetValueOrDefault(department.ParentId.Value);
        department.ParentId = newParentId;
        department.SortOrder = (await context.Set<Department>().Where(d => d.ParentId == newParentId && d.Id != departmentId)
            .MaxAsync(d => (int?)d.SortOrder, cancellationToken) ?? 0) + 1;
        ContentAuditLog.Record(context, time.GetUtcNow(), actor, AuditAction.DepartmentMoved, null, null, department.Id,
            $"department {department.Key}: {from} → {keys.GetValueOrDefault(newParentId)}");
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ContentResult.Success(DepartmentView.Of(department));
    }

    public async Task<ContentResult<DepartmentGrantView>> GrantAsync(
        ContentActor actor, string userId, Guid departmentId, ContentRole role, bool includesSubDepartments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return ContentResult.Forbidden<DepartmentGrantView>(ContentCodes.AdministratorRequired);
        }

        if (string.IsNullOrWhiteSpace(userId) || userId.Length > 64)
        {
            return ContentResult.Invalid<DepartmentGrantView>([ContentProblem.Error(ContentCodes.Required, "userId")]);
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await context.Set<Department>().AnyAsync(d => d.Id == departmentId, cancellationToken))
        {
            return ContentResult.Invalid<DepartmentGrantView>([ContentProblem.Error(ContentCodes.UnknownDepartment, "departmentId", departmentId.ToString())]);
        }

        var now = time.GetUtcNow();
        var grants = context.Set<DepartmentGrant>();
        var grant = await grants.SingleOrDefaultAsync(g => g.UserId == userId && g.DepartmentId == departmentId && g.Role == role, cancellationToken);
        if (grant is null)
        {
            grant = new DepartmentGrant { Id = Guid.CreateVersion7(now), UserId = userId, DepartmentId = departmentId, Role = role };
            grants.Add(grant);
        }

        grant.IncludesSubDepartments = includesSubDepartments;
        grant.GrantedBy = actor.UserId;
        grant.GrantedAt = now;
        var scope = includesSubDepartments ? "with sub-departments" : "only";
        ContentAuditLog.Record(context, now, actor, AuditAction.GrantAdded, null, null, departmentId, $"{role} to {userId} ({scope})");
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success(DepartmentGrantView.Of(grant));
    }

    public async Task<ContentResult<bool>> RevokeAsync(ContentActor actor, string userId, Guid departmentId, ContentRole role, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdministrator)
        {
            return ContentResult.Forbidden<bool>(ContentCodes.AdministratorRequired);
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var grant = await context.Set<DepartmentGrant>().SingleOrDefaultAsync(g => g.UserId == userId && g.DepartmentId == departmentId && g.Role == role, cancellationToken);
        if (grant is null)
        {
            return ContentResult.NotFound<bool>("grant");
        }

        context.Remove(grant);
        ContentAuditLog.Record(context, time.GetUtcNow(), actor, AuditAction.GrantRevoked, null, null, departmentId, $"{role} from {userId}");
        await context.SaveChangesAsync(cancellationToken);
        return ContentResult.Success<bool>(true);
    }

    public async Task<IReadOnlyList<DepartmentGrantView>> GrantsOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var grants = await context.Set<DepartmentGrant>().AsNoTracking().Where(g => g.UserId == userId).ToListAsync(cancellationToken);
        return [.. grants.Select(DepartmentGrantView.Of)];
    }

    private static void Require(List<ContentProblem> problems, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(ContentProblem.Error(ContentCodes.Required, field));
        }
        else if (value.Trim().Length > maxLength)
        {
            problems.Add(ContentProblem.Error(ContentCodes.TooLong, field));
        }
    }
}
