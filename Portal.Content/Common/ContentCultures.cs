namespace Portal.Content.Common;

/// <summary>The cultures content is written in; Chinese first. More are added here, not in data.</summary>
public static class ContentCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Chinese, English];

    public static bool IsSupported(string? culture) => culture is not null && All.Contains(culture, StringComparer.Ordinal);
}

/// <summary>How the same message is rendered for different readers; a variant set holds one item per culture and rendition.</summary>
public enum Rendition
{
    Standard,
    EasyRead,
    LargePrint,
    Audio,
    SignLanguage,
}
