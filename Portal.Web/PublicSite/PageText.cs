using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Content.Common;

namespace Portal.Web.PublicSite;

/// <summary>
/// The texts of a public page. A page under <c>/en</c> is English throughout; elsewhere the texts follow the reader's
/// chosen language (the culture cookie, as the layout does) while the content listed stays that of the URL
/// (<see cref="ContentCulture"/>: Chinese at the root), as <see cref="ContentManager.ContentLanguage"/> does for content.
/// </summary>
public sealed class PageText(IStringLocalizer<SharedResource> text, string culture, string contentCulture)
{
    /// <summary>The language of the page's own texts.</summary>
    public string Culture { get; } = culture;

    /// <summary>The culture of the content the page lists and of the links it makes.</summary>
    public string ContentCulture { get; } = contentCulture;

    public bool IsEnglish => Culture == ContentCultures.English;

    public string this[string key] => In(() => text[key].Value);

    public string this[string key, params object[] arguments] => In(() => text[key, arguments].Value);

    public static PageText For(HttpContext context, IStringLocalizer<SharedResource> text)
    {
        var content = CultureOf(context);
        var texts = content == ContentCultures.English || CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "zh"
            ? ContentCultures.English
            : ContentCultures.Chinese;
        return new PageText(text, texts, content);
    }

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
