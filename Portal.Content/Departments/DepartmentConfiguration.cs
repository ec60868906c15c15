using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Content.Departments;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> department)
    {
        department.ToTable("Departments");
        department.HasKey(d => d.Id);
        department.Property(d => d.Key).HasMaxLength(64);
        department.Property(d => d.NameZh).HasMaxLength(100);
        department.Property(d => d.NameEn).HasMaxLength(200);
        department.HasIndex(d => d.Key).IsUnique();
        department.HasIndex(d => d.ParentId);
        department.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DepartmentGrantConfiguration : IEntityTypeConfiguration<DepartmentGrant>
{
    public void Configure(EntityTypeBuilder<DepartmentGrant> grant)
    {
        grant.ToTable("DepartmentGrants");
        grant.HasKey(g => g.Id);
        grant.Property(g => g.UserId).HasMaxLength(64);
        grant.Property(g => g.GrantedBy).HasMaxLength(64);
        grant.HasIndex(g => new { g.UserId, g.DepartmentId, g.Role }).IsUnique();
        grant.HasOne<Department>().WithMany().HasForeignKey(g => g.DepartmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
