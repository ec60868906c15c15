using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Tips.Sealing;

/// <summary>A staff member's <see cref="MemberKey"/> as stored: the public key and the private key wrapped under their password.</summary>
internal sealed class MemberKeyRecord
{
    public string UserId { get; set; } = "";

    public byte[] PublicKey { get; set; } = [];

    public byte[] Salt { get; set; } = [];

    public int MemoryKiB { get; set; }

    public int Passes { get; set; }

    public byte[] WrappedPrivateKey { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public MemberKey ToKey() => new(PublicKey, Salt, new MemberKeyCost(MemoryKiB, Passes), WrappedPrivateKey);
}

/// <summary>One generation of a unit's key pair: its public key and the share of its private key sealed to the recovery key.</summary>
internal sealed class UnitKeyRecord
{
    public string Unit { get; set; } = "";

    public int Generation { get; set; }

    public byte[] PublicKey { get; set; } = [];

    public byte[] RecoveryPublicKey { get; set; } = [];

    public byte[] RecoveryShare { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a newer generation took over for new tips (this one still opens the tips sealed to it).</summary>
    public DateTimeOffset? RetiredAt { get; set; }
}

/// <summary>A member's share of one generation of a unit's private key, sealed to the member's public key.</summary>
internal sealed class UnitKeyShareRecord
{
    public string Unit { get; set; } = "";

    public int Generation { get; set; }

    public string MemberId { get; set; } = "";

    public byte[] Sealed { get; set; } = [];

    public DateTimeOffset GrantedAt { get; set; }
}

/// <summary>
/// An investigator's request to see a sealed reporter's identity: the reason (under the tip's key), the public key of
/// a key pair whose private half is only in the asker's session, and each approver's part sealed to it.
/// </summary>
internal sealed class DisclosureRequestRecord
{
    public Guid Id { get; set; }

    public Guid TipId { get; set; }

    public string RequestedBy { get; set; } = "";

    public byte[] EncryptedReason { get; set; } = [];

    public DateTimeOffset RequestedAt { get; set; }

    public byte[] RequestPublicKey { get; set; } = [];

    public string? PartABy { get; set; }

    public byte[]? PartA { get; set; }

    public DateTimeOffset? PartAAt { get; set; }

    public string? PartBBy { get; set; }

    public byte[]? PartB { get; set; }

    public DateTimeOffset? PartBAt { get; set; }
}

internal sealed class SealingConfiguration :
    IEntityTypeConfiguration<MemberKeyRecord>, IEntityTypeConfiguration<UnitKeyRecord>, IEntityTypeConfiguration<UnitKeyShareRecord>,
    IEntityTypeConfiguration<DisclosureRequestRecord>
{
    public void Configure(EntityTypeBuilder<DisclosureRequestRecord> request)
    {
        request.ToTable("DisclosureRequests");
        request.HasKey(r => r.Id);
        request.Property(r => r.RequestedBy).HasMaxLength(450);
        request.Property(r => r.PartABy).HasMaxLength(450);
        request.Property(r => r.PartBBy).HasMaxLength(450);
        request.Property(r => r.RequestPublicKey).HasMaxLength(32);
        request.HasIndex(r => r.TipId);
    }

    public void Configure(EntityTypeBuilder<MemberKeyRecord> member)
    {
        member.ToTable("MemberKeys");
        member.HasKey(m => m.UserId);
        member.Property(m => m.UserId).HasMaxLength(450);
        member.Property(m => m.PublicKey).HasMaxLength(32);
        member.Property(m => m.Salt).HasMaxLength(16);
        member.Property(m => m.WrappedPrivateKey).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<UnitKeyRecord> unit)
    {
        unit.ToTable("UnitKeys");
        unit.HasKey(u => new { u.Unit, u.Generation });
        unit.Property(u => u.Unit).HasMaxLength(20);
        unit.Property(u => u.PublicKey).HasMaxLength(32);
        unit.Property(u => u.RecoveryPublicKey).HasMaxLength(32);
        unit.Property(u => u.RecoveryShare).HasMaxLength(128);
    }

    public void Configure(EntityTypeBuilder<UnitKeyShareRecord> share)
    {
        share.ToTable("UnitKeyShares");
        share.HasKey(s => new { s.Unit, s.Generation, s.MemberId });
        share.Property(s => s.Unit).HasMaxLength(20);
        share.Property(s => s.MemberId).HasMaxLength(450);
        share.Property(s => s.Sealed).HasMaxLength(128);
        share.HasIndex(s => s.MemberId);
    }
}
