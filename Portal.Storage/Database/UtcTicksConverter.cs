using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.Storage.Database;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as UTC ticks. SQLite cannot compare or order DateTimeOffset values in
/// queries; as ticks both providers compare, order and index them the same way.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero))
{
    public static readonly UtcTicksConverter Instance = new();
}

/// <summary>The nullable form of <see cref="UtcTicksConverter"/>.</summary>
public sealed class NullableUtcTicksConverter() : ValueConverter<DateTimeOffset?, long?>(
    value => value.HasValue ? value.Value.UtcTicks : null,
    ticks => ticks.HasValue ? new DateTimeOffset(ticks.Value, TimeSpan.Zero) : null)
{
    public static readonly NullableUtcTicksConverter Instance = new();
}
