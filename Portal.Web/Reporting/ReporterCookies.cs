using Portal.Content.Common;
using Portal.Web.PublicSite;

namespace Portal.Web.Reporting;

/// <summary>
/// How a reporter's tokens cross a redirect without entering an address (which browsers keep in history, proxies
/// log and the Referer header repeats). Both cookies are HttpOnly, SameSite=Strict, limited to the reporting pages
/// and short-lived; the follow-up one is read once and deleted at once.
/// </summary>
/// <remarks>
/// Each cookie is scoped to exactly one page. The receipt is set twice, on <c>/report/receipt</c> and
/// <c>/en/report/receipt</c> (the only pages that read it): the receipt page has a language switch, and a reporter who
/// switches must still see the receipt, while a common parent path (<c>/</c>) would send it with every request to the
/// site. The follow-up hand-over is read by the one redirect it follows, so it goes to that language's page only.
/// </remarks>
public static class ReporterCookies
{
    public const string Receipt = "portal-receipt";
    public const string FollowUp = "portal-follow-up";

    /// <summary>Long enough to follow one redirect on a slow network, no longer.</summary>
    private static readonly TimeSpan HandOverFor = TimeSpan.FromMinutes(2);

    public static void KeepReceipt(HttpContext context, string token)
    {
        foreach (var culture in new[] { ContentCultures.Chinese, ContentCultures.English })
        {
            context.Response.Cookies.Append(Receipt, token, Options(context, PublicUrls.InCulture(culture, PublicUrls.Receipt), Portal.Tips.Reporting.TipIntake.ReceiptVisibleFor));
        }
    }

    public static string? ReceiptToken(HttpContext context) => context.Request.Cookies[Receipt];

    /// <summary>The token for the follow-up page in <paramref name="culture"/>, where the redirect leads.</summary>
    public static void HandOverFollowUp(HttpContext context, string token, string culture) =>
        context.Response.Cookies.Append(FollowUp, token, Options(context, PublicUrls.InCulture(culture, PublicUrls.FollowUp), HandOverFor));

    /// <summary>The handed-over access token, deleted as it is read: a reload or the back button later shows the sign-in form.</summary>
    public static string? TakeFollowUp(HttpContext context)
    {
        var token = context.Request.Cookies[FollowUp];
        if (token is not null && !context.Response.HasStarted)
        {
            context.Response.Cookies.Delete(FollowUp, Options(context, PublicUrls.InCulture(PageText.CultureOf(context), PublicUrls.FollowUp), TimeSpan.Zero));
        }

        return token;
    }

    private static CookieOptions Options(HttpContext context, string path, TimeSpan lifetime) => new()
    {
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = context.Request.PathBase.Add(path).Value,
        MaxAge = lifetime,
    };
}
