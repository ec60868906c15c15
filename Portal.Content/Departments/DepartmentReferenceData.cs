using Microsoft.EntityFrameworkCore;
using Portal.Content.Data;
using Portal.Storage.Database;

namespace Portal.Content.Departments;

/// <summary>Inserts any of <see cref="DepartmentSeed.All"/> not yet stored (by id or key); departments are never deleted.</summary>
internal sealed class DepartmentReferenceData : IReferenceData<ContentDbContext>
{
    public async Task AddMissingAsync(ContentDbContext context, CancellationToken cancellationToken)
    {
        var departments = context.Set<Department>();
        var stored = await departments.AsNoTracking().Select(d => new { d.Id, d.Key }).ToListAsync(cancellationToken);
        var ids = stored.Select(d => d.Id).ToHashSet();
        var keys = stored.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        departments.AddRange(DepartmentSeed.All
            .Where(seed => !ids.Contains(seed.Id) && !keys.Contains(seed.Key))
            .Select(seed => new Department
            {
                Id = seed.Id, Key = seed.Key, NameZh = seed.NameZh, NameEn = seed.NameEn, ParentId = seed.ParentId, SortOrder = seed.SortOrder,
            }));
    }
}
