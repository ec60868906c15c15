using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Tips.Rewards;

/// <summary>
/// A police office where reporters redeem claim codes in person, kept by administrators in the claim-office
/// directory: per prefecture, or for the whole province (<see cref="PrefectureKey"/> null).
/// </summary>
internal sealed class ClaimOffice
{
    public Guid Id { get; set; }

    /// <summary>A prefecture's division key, or null for a provincial office.</summary>
    public string? PrefectureKey { get; set; }

    public string Name { get; set; } = "";

    public string? NameEn { get; set; }

    public string Address { get; set; } = "";

    public string? AddressEn { get; set; }

    /// <summary>Opening hours, or how to make an appointment, as free text.</summary>
    public string Hours { get; set; } = "";

    public string? HoursEn { get; set; }

    public string Phone { get; set; } = "";
}

internal sealed class ClaimOfficeConfiguration : IEntityTypeConfiguration<ClaimOffice>
{
    public void Configure(EntityTypeBuilder<ClaimOffice> office)
    {
        office.ToTable("ClaimOffices");
        office.HasKey(o => o.Id);
        office.Property(o => o.PrefectureKey).HasMaxLength(20);
        office.Property(o => o.Name).HasMaxLength(ClaimOffices.MaxNameLength);
        office.Property(o => o.NameEn).HasMaxLength(ClaimOffices.MaxNameLength);
        office.Property(o => o.Address).HasMaxLength(ClaimOffices.MaxTextLength);
        office.Property(o => o.AddressEn).HasMaxLength(ClaimOffices.MaxTextLength);
        office.Property(o => o.Hours).HasMaxLength(ClaimOffices.MaxTextLength);
        office.Property(o => o.HoursEn).HasMaxLength(ClaimOffices.MaxTextLength);
        office.Property(o => o.Phone).HasMaxLength(ClaimOffices.MaxPhoneLength);
        office.HasIndex(o => o.PrefectureKey);
    }
}
