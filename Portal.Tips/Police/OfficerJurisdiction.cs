using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Tips.Police;

/// <summary>A jurisdiction granted to a staff member (by identity user id). One row per grant.</summary>
internal sealed class OfficerJurisdiction
{
    public string UserId { get; set; } = "";

    /// <summary>A division key or <see cref="Jurisdictions.Province"/>.</summary>
    public string JurisdictionKey { get; set; } = "";
}

internal sealed class OfficerJurisdictionConfiguration : IEntityTypeConfiguration<OfficerJurisdiction>
{
    public void Configure(EntityTypeBuilder<OfficerJurisdiction> grant)
    {
        grant.ToTable("OfficerJurisdictions");
        grant.HasKey(g => new { g.UserId, g.JurisdictionKey });
        grant.Property(g => g.UserId).HasMaxLength(100);
        grant.Property(g => g.JurisdictionKey).HasMaxLength(20);
        grant.HasIndex(g => g.JurisdictionKey);
    }
}
