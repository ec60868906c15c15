using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Content.Common;

namespace Portal.Web.PublicSite;

/// <summary>
/// The interface texts of a public list page in the language of its URL (<c>/en/…</c> English, else Chinese), whatever
/// the reader's language cookie says: the page is cached per URL, and an English page must not come out in Chinese.
/// </summary>
public sealed class PublicPageText(IStringLocalizer<SharedResource> text, string culture)
{
    public string Culture { get; } = culture;

    public CultureInfo CultureInfo => CultureInfo.GetCultureInfo(Culture == ContentCultures.English ? "en" : "zh-CN");

    public bool IsEnglish => Culture == ContentCultures.English;

    public string this[string key]
    {
        get
        {
            var saved = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo;
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

    public string Format(string key, params object[] arguments) => string.Format(CultureInfo, this[key], arguments);

    /// <summary>The content culture a public page's path names.</summary>
    public static string CultureOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/en", StringComparison.Ordinal) ? ContentCultures.English : ContentCultures.Chinese;
    }

    /// <summary>A file size as readers expect it: KB below a megabyte, MB above, one decimal.</summary>
    public string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => string.Format(CultureInfo, "{0:0.#} KB", Math.Max(bytes / 1024d, 0.1)),
        _ => string.Format(CultureInfo, "{0:0.#} MB", bytes / (1024d * 1024d)),
    };
}
