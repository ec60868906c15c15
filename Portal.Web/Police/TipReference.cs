namespace Portal.Web.Police;

/// <summary>
/// A short reference for a tip that people can read out. Tip ids are version-7 GUIDs, whose first digits are
/// the arrival time, so the last eight (random) digits are used.
/// </summary>
public static class TipReference
{
    public static string Of(Guid tipId) => tipId.ToString("N")[^8..].ToUpperInvariant();
}
