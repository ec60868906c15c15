using System.Globalization;

namespace Portal.Shared.Culture;

/// <summary>
/// The portal speaks Chinese (zh-CN) and English. "Is this page Chinese?" asks the current UI culture, which the
/// request culture provider sets from the URL or the language cookie; everything that is not Chinese is English.
/// </summary>
public static class PageCulture
{
    /// <summary>Whether the page being rendered is in Chinese.</summary>
    public static bool IsChinese => IsChineseCulture(CultureInfo.CurrentUICulture);

    /// <summary>Whether a culture (zh, zh-CN, zh-Hans…) is Chinese.</summary>
    public static bool IsChineseCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return IsChineseName(culture.Name);
    }

    /// <summary>Whether a culture name ("zh-CN", "en"…) is Chinese.</summary>
    public static bool IsChineseName(string? cultureName) =>
        cultureName is not null && cultureName.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
