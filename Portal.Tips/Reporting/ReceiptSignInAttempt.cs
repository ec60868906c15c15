using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Storage.Database;

namespace Portal.Tips.Reporting;

/// <summary>
/// One attempt to open a tip with a receipt: the audit trail of receipt sign-ins and the source of the
/// per-receipt throttle. It holds the keyed hash of the number typed, never the number, the passphrase or
/// anything about the client; the time is kept to the minute.
/// </summary>
internal sealed class ReceiptSignInAttempt
{
    public long Id { get; set; }

    public byte[] ReceiptNumberHash { get; set; } = [];

    public bool Succeeded { get; set; }

    public DateTimeOffset AttemptedAt { get; set; }
}

internal sealed class ReceiptSignInAttemptConfiguration : IEntityTypeConfiguration<ReceiptSignInAttempt>
{
    public void Configure(EntityTypeBuilder<ReceiptSignInAttempt> attempt)
    {
        attempt.ToTable("ReceiptSignInAttempts");
        attempt.HasKey(a => a.Id);
        attempt.Property(a => a.AttemptedAt).HasConversion(UtcTicksConverter.Instance);
        attempt.HasIndex(a => new { a.ReceiptNumberHash, a.AttemptedAt });
    }
}
