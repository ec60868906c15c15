using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Content;

/// <summary>
/// The words the content components add around an item (“文字稿”, “下载”) in the item's own language, which can differ
/// from the reader's interface language (an English article read with the Chinese interface).
/// </summary>
public sealed class ContentLanguage(IStringLocalizer<ContentResource> text, string culture)
{
    public string Culture { get; } = culture;

    public string this[string key]
    {
        get
        {
            var saved = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Culture);
            try
            {
                return text[key];
            }
            finally
            {
                CultureInfo.CurrentUICulture = saved;
            }
        }
    }
}
