using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Content.Downloads;

/// <summary>
/// How many times a public file was downloaded on one UTC day (<see cref="DateOnly.DayNumber"/>). One row per file
/// and day and nothing else: no address, browser, referrer, time of day or anything about the reader.
/// </summary>
internal sealed class MediaDownloadDay
{
    public Guid AssetId { get; set; }

    public int Day { get; set; }

    public long Count { get; set; }
}

internal sealed class MediaDownloadDayConfiguration : IEntityTypeConfiguration<MediaDownloadDay>
{
    public void Configure(EntityTypeBuilder<MediaDownloadDay> download)
    {
        download.ToTable("MediaDownloadDays");
        download.HasKey(d => new { d.AssetId, d.Day });
        // The oversight figures read a range of days across files.
        download.HasIndex(d => d.Day);
    }
}
