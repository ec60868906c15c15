using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Storage.Database;

namespace Portal.Tips.Oversight;

/// <summary>
/// Tips received on one China day (<see cref="DateOnly.DayNumber"/>) in one region and category: how many, and of
/// them how many are acknowledged, closed and closed as substantiated. Metadata only; rebuilt from the tips
/// (<see cref="OversightRollup"/>), never edited by hand.
/// </summary>
public sealed class TipDayFigure
{
    public int Day { get; set; }

    public string Region { get; set; } = "";

    public string Category { get; set; } = "";

    public int Received { get; set; }

    public int Acknowledged { get; set; }

    public int Closed { get; set; }

    public int Substantiated { get; set; }
}

public enum DurationMeasure
{
    ToAcknowledge,
    ToClose,
}

/// <summary>Of the tips received on one day in one region: how many took a duration in one bucket (<see cref="DurationBuckets"/>).</summary>
public sealed class TipDurationFigure
{
    public int Day { get; set; }

    public string Region { get; set; } = "";

    public DurationMeasure Measure { get; set; }

    public int UpperMinutes { get; set; }

    public int Count { get; set; }
}

/// <summary>The rollup's progress: one row. Refreshes lock it, so two nodes never rebuild the same day at once.</summary>
public sealed class OversightRollupState
{
    public const int SingleId = 1;

    public int Id { get; set; }

    /// <summary>Tips updated at or after this instant (less a margin) have not been rolled up yet.</summary>
    public DateTimeOffset RolledUpTo { get; set; }

    /// <summary>When every day was last compared with the tips (catches tips deleted by retention).</summary>
    public DateTimeOffset ReconciledAt { get; set; }

    public int Version { get; set; }
}

internal sealed class OversightRollupConfiguration :
    IEntityTypeConfiguration<TipDayFigure>, IEntityTypeConfiguration<TipDurationFigure>, IEntityTypeConfiguration<OversightRollupState>
{
    public void Configure(EntityTypeBuilder<TipDayFigure> figure)
    {
        figure.ToTable("OversightTipDays");
        figure.HasKey(f => new { f.Day, f.Region, f.Category });
        figure.Property(f => f.Region).HasMaxLength(20);
        figure.Property(f => f.Category).HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<TipDurationFigure> figure)
    {
        figure.ToTable("OversightTipDurations");
        figure.HasKey(f => new { f.Day, f.Region, f.Measure, f.UpperMinutes });
        figure.Property(f => f.Region).HasMaxLength(20);
        figure.Property(f => f.Measure).HasConversion<string>().HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<OversightRollupState> state)
    {
        state.ToTable("OversightRollupState");
        state.HasKey(s => s.Id);
        state.Property(s => s.Id).ValueGeneratedNever();
        state.Property(s => s.RolledUpTo).HasConversion(UtcTicksConverter.Instance);
        state.Property(s => s.ReconciledAt).HasConversion(UtcTicksConverter.Instance);
        state.Property(s => s.Version).IsConcurrencyToken();
    }
}
