using Portal.Web.Hosting;

namespace Portal.Web.PublicSite;

/// <summary>
/// The reader's display preferences, for readers with low vision or reading difficulties: larger text, high contrast, wider line spacing. Kept in the
/// <see cref="CookieName"/> cookie as a normalised list of known tokens (<c>contrast.spacing.text</c>); anything else in
/// the cookie is ignored, so there are only eight values — the output cache varies by <see cref="Key"/>.
/// </summary>
public sealed record ReaderPreferences(bool LargerText, bool HighContrast, bool WiderSpacing)
{
    public const string CookieName = "portal-reader";

    public static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    public static readonly ReaderPreferences None = new(false, false, false);

    private const string TextToken = "text";
    private const string ContrastToken = "contrast";
    private const string SpacingToken = "spacing";

    public bool IsNone => this == None;

    /// <summary>The normalised cookie value (tokens in a fixed order), empty for no preferences.</summary>
    public string Key => string.Join('.', Tokens());

    /// <summary>The classes of the page's root element, empty for no preferences.</summary>
    public string CssClasses => string.Join(' ', Tokens().Select(token => "reader-" + token));

    public static ReaderPreferences Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 64)
        {
            return None;
        }

        var tokens = value.Split('.', StringSplitOptions.RemoveEmptyEntries);
        return new ReaderPreferences(
            tokens.Contains(TextToken, StringComparer.Ordinal),
            tokens.Contains(ContrastToken, StringComparer.Ordinal),
            tokens.Contains(SpacingToken, StringComparer.Ordinal));
    }

    /// <summary>The preferences of this request (from its cookie).</summary>
    public static ReaderPreferences Of(HttpContext? context) =>
        context is null ? None : Parse(context.Request.Cookies[CookieName]);

    /// <summary>Remembers the preferences for a year, or forgets them when there are none.</summary>
    public void Remember(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = new CookieOptions
        {
            MaxAge = CookieLifetime,
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
        };
        if (IsNone)
        {
            context.Response.Cookies.Delete(CookieName, options);
        }
        else
        {
            context.Response.Cookies.Append(CookieName, Key, options);
        }
    }

    /// <summary>An app path to return to after saving when it is this site's (<see cref="LocalUrls"/>); otherwise the home page.</summary>
    public static string LocalReturnPath(string? returnUrl) => LocalUrls.Local(returnUrl) ?? PublicUrls.Home;

    private IEnumerable<string> Tokens()
    {
        if (HighContrast)
        {
            yield return ContrastToken;
        }

        if (WiderSpacing)
        {
            yield return SpacingToken;
        }

        if (LargerText)
        {
            yield return TextToken;
        }
    }
}
