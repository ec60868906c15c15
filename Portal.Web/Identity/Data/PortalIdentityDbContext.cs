using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Identity.Approvals;

namespace Portal.Web.Identity.Data;

/// <summary>
/// Users, roles, the changes awaiting a second security administrator, and the Data Protection key ring (kept here so every web node shares it and accepts
/// the others' cookies and antiforgery tokens).
/// </summary>
public class PortalIdentityDbContext : IdentityDbContext<PortalUser>, IDataProtectionKeyContext
{
    public const string Schema = "identity";

    protected PortalIdentityDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<PendingApproval> PendingApprovals => Set<PendingApproval>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
        });
        builder.ApplyConfiguration(new PendingApprovalConfiguration());
    }
}

public sealed class SqlitePortalIdentityDbContext(DbContextOptions<SqlitePortalIdentityDbContext> options) : PortalIdentityDbContext(options);

public sealed class PostgresPortalIdentityDbContext(DbContextOptions<PostgresPortalIdentityDbContext> options) : PortalIdentityDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        base.OnModelCreating(builder);
    }
}
