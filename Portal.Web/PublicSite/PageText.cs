using Portal.Shared.Culture;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Content.Common;

namespace Portal.Web.PublicSite;

/// <summary>
/// The texts of a public page. A page under <c>/en</c> is English throughout; elsewhere the texts follow the reader's
/// chosen language (the culture cookie, as the layout does) while the content listed stays that of the URL
/// (<see cref="ContentCulture"/>: Chinese at the root), as <see cref="ContentManager.ContentLanguage"/> does for content.
/// A page cached per URL takes its texts in the URL's language whatever the cookie says (<see cref="InUrlLanguage"/>):
/// an English page must not come out in Chinese.
/// </summary>
public sealed class PageText(IStringLocalizer<SharedResource> text, string culture, string contentCulture)
{
    /// <summary>The language of the page's own texts.</summary>
    public string Culture { get; } = culture;

    /// <summary>The culture of the content the page lists and of the links it makes.</summary>
    public string ContentCulture { get; } = contentCulture;

    /// <summary>The culture the page's texts, numbers and sizes are formatted in.</summary>
    public CultureInfo CultureInfo => CultureInfo.GetCultureInfo(Culture);

    public bool IsEnglish => Culture == ContentCultures.English;

    public string this[string key] => In(() => text[key].Value);

    public string this[string key, params object[] arguments] => In(() => text[key, arguments].Value);

    public static PageText For(HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var content = CultureOf(context);
        var texts = content == ContentCultures.English || !PageCulture.IsChinese
            ? ContentCultures.English
            : ContentCultures.Chinese;
        return new PageText(text, texts, content);
    }

    /// <summary>Texts and content both in the language of the page's URL, whatever the reader's cookie says.</summary>
    public static PageText InUrlLanguage(HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var culture = CultureOf(context);
        return new PageText(text, culture, culture);
    }

    public string Format(string key, params object[] arguments) => string.Format(CultureInfo, this[key], arguments);

    /// <summary>A file size as readers expect it: KB below a megabyte, MB above, one decimal.</summary>
    public string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => string.Format(CultureInfo, "{0:0.#} KB", Math.Max(bytes / 1024d, 0.1)),
        _ => string.Format(CultureInfo, "{0:0.#} MB", bytes / (1024d * 1024d)),
    };

    /// <summary>The content culture of a public page: English under <c>/en</c>, Chinese everywhere else.</summary>
    public static string CultureOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments("/en", StringComparison.Ordinal) ? ContentCultures.English : ContentCultures.Chinese;
    }

    private string In(Func<string> lookup)
    {
        var saved = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(Culture);
        try
        {
            return lookup();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = saved;
        }
    }
}
