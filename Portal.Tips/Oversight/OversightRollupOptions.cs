using System.ComponentModel.DataAnnotations;

namespace Portal.Tips.Oversight;

/// <summary>Section <c>Tips:Oversight</c>: how often the rollup catches up with the tips.</summary>
public sealed class OversightRollupOptions
{
    public const string SectionName = "Tips:Oversight";

    /// <summary>
    /// Whether each node refreshes in the background (at start-up, then every <see cref="Interval"/>). Off only where
    /// something else calls <see cref="OversightRollup.RefreshAsync"/>: the test hosts, dozens at once on two cores.
    /// </summary>
    public bool BackgroundRefresh { get; set; } = true;

    /// <summary>How often each node runs a refresh (changed days only).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Tips:Oversight:Interval: must be between 1 second and 1 day.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a refresh also compares every day with the tips (tips deleted by retention).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Tips:Oversight:ReconcileInterval: must be between 1 minute and 7 days.")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// How far before the last refresh to look again for updated tips: a change stamped before a refresh started
    /// but committed after it read is caught by the next one as long as its transaction took less than this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Tips:Oversight:Margin: must be between 0 and 1 day.")]
    public TimeSpan Margin { get; set; } = TimeSpan.FromMinutes(10);
}
