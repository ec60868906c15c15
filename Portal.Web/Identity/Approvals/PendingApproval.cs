using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Storage.Database;

namespace Portal.Web.Identity.Approvals;

/// <summary>
/// A change that takes two security administrators (two-person rule): police roles, prefecture- or province-wide
/// jurisdiction grants and an administrator's reset of someone's authenticator. It does nothing until a different
/// security administrator approves it.
/// </summary>
public sealed class PendingApproval
{
    public Guid Id { get; set; }

    /// <summary>One of <see cref="ApprovalKinds"/>.</summary>
    public string Kind { get; set; } = "";

    public string TargetUserId { get; set; } = "";

    /// <summary>The requested role names or jurisdiction keys, comma-separated in order; empty for a reset.</summary>
    public string Requested { get; set; } = "";

    public string RequestedBy { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>One of <see cref="ApprovalStates"/>.</summary>
    public string State { get; set; } = ApprovalStates.Pending;

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>Set on every change, so two administrators deciding the same request at once cannot both win.</summary>
    public Guid Version { get; set; }

    public IReadOnlyList<string> RequestedValues => Requested.Length == 0 ? [] : Requested.Split(',');
}

public static class ApprovalKinds
{
    public const string Roles = "roles";
    public const string Grants = "grants";
    public const string AuthenticatorReset = "authenticator-reset";
}

public static class ApprovalStates
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    /// <summary>A newer request for the same user and kind replaced it before anyone decided.</summary>
    public const string Superseded = "superseded";
}

internal sealed class PendingApprovalConfiguration : IEntityTypeConfiguration<PendingApproval>
{
    public void Configure(EntityTypeBuilder<PendingApproval> approval)
    {
        approval.ToTable("PendingApprovals");
        approval.HasKey(a => a.Id);
        approval.Property(a => a.Kind).HasMaxLength(40);
        approval.Property(a => a.TargetUserId).HasMaxLength(450);
        approval.Property(a => a.Requested).HasMaxLength(2000);
        approval.Property(a => a.RequestedBy).HasMaxLength(450);
        approval.Property(a => a.State).HasMaxLength(20);
        approval.Property(a => a.DecidedBy).HasMaxLength(450);
        approval.Property(a => a.RequestedAt).HasConversion(UtcTicksConverter.Instance);
        approval.Property(a => a.DecidedAt).HasConversion(UtcTicksConverter.Instance);
        approval.Property(a => a.Version).IsConcurrencyToken();
        approval.HasIndex(a => new { a.State, a.RequestedAt });
        approval.HasIndex(a => new { a.TargetUserId, a.Kind, a.State });
    }
}
