namespace Portal.Storage.Regions;

public enum DivisionLevel
{
    Prefecture,
    County,
    NewArea,
}

/// <summary>
/// One of Gansu's administrative divisions (GB/T 2260). <see cref="Key"/> is the 6-digit code, except for
/// Lanzhou New Area, which has no official code and is keyed <c>lanzhou-new-area</c>.
/// </summary>
public sealed record Division(string Key, string NameZh, string NameEn, DivisionLevel Level, string? ParentKey)
{
    public string Name(bool chinese) => chinese ? NameZh : NameEn;
}
