namespace Portal.Web.Police;

/// <summary>Durations on the police pages (their times are <see cref="Portal.Shared.Time.ChinaTime"/>).</summary>
public static class StaffTime
{
    /// <summary>"2 小时 5 分钟" / "2 h 5 min": a duration at the precision a person acts on.</summary>
    public static string Duration(TimeSpan span, bool chinese)
    {
        var minutes = Math.Max(0, (long)Math.Floor(span.TotalMinutes));
        var days = minutes / (24 * 60);
        var hours = minutes / 60 % 24;
        var rest = minutes % 60;
        var parts = new List<string>(2);
        if (days > 0)
        {
            parts.Add(chinese ? $"{days} 天" : $"{days} d");
        }

        if (hours > 0)
        {
            parts.Add(chinese ? $"{hours} 小时" : $"{hours} h");
        }

        if (days == 0 && (rest > 0 || parts.Count == 0))
        {
            parts.Add(chinese ? $"{rest} 分钟" : $"{rest} min");
        }

        return string.Join(" ", parts);
    }
}
