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
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a refresh also compares every day with the tips (tips deleted by retention).</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// How far before the last refresh to look again for updated tips: a change stamped before a refresh started
    /// but committed after it read is caught by the next one as long as its transaction took less than this.
    /// </summary>
    public TimeSpan Margin { get; set; } = TimeSpan.FromMinutes(10);
}
