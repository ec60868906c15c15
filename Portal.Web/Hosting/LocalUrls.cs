using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Web.Hosting;

/// <summary>
/// The one gate for every "go back there" address the portal accepts (<c>returnUrl</c> of preferences, the language
/// switch, sign-in and staff pages): only a path of this site passes, so a crafted link cannot send a reader, a
/// reporter or an officer to another site. Checked on the value as given and once more decoded, because a path
/// that a later step decodes again must still be local.
/// </summary>
public static class LocalUrls
{
    public const string ReturnParameter = "returnUrl";

    private const int MaxLength = 2048;
    private static readonly Uri Probe = new("http://portal.invalid/");

    /// <summary>The local app path (with its query) to return to, or null when the address is not this site's.</summary>
    public static string? Local(string? url)
    {
        if (!IsPlainLocal(url) || !IsPlainLocal(Decoded(url!)))
        {
            return null;
        }

        // What a browser makes of it, resolved against this site: it must still be this site.
        return Uri.TryCreate(Probe, url, out var resolved) && resolved.Host == Probe.Host && resolved.Scheme == Probe.Scheme
            ? WithoutReturn(url!)
            : null;
    }

    public static bool IsLocal(string? url) => Local(url) is not null;

    /// <summary>
    /// The current address as a return target: without a <c>returnUrl</c> of its own, so a link that carries it does
    /// not nest one inside another (which would make the address space endless for crawlers).
    /// </summary>
    public static string WithoutReturn(string appPath)
    {
        ArgumentNullException.ThrowIfNull(appPath);
        var queryAt = appPath.IndexOf('?', StringComparison.Ordinal);
        if (queryAt < 0)
        {
            return appPath;
        }

        var fragmentAt = appPath.IndexOf('#', queryAt);
        var query = fragmentAt < 0 ? appPath[queryAt..] : appPath[queryAt..fragmentAt];
        var kept = QueryHelpers.ParseQuery(query).Where(p => !string.Equals(p.Key, ReturnParameter, StringComparison.OrdinalIgnoreCase)).ToList();
        var path = appPath[..queryAt];
        var rebuilt = kept.Count == 0 ? path : QueryHelpers.AddQueryString(path, kept.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v))));
        return fragmentAt < 0 ? rebuilt : rebuilt + appPath[fragmentAt..];
    }

    // A colon in the first segment ("/https://x", "/javascript:…") names no page of this site, and a link that drops
    // the leading slash to stay under the path base would turn it into a scheme.
    private static bool IsPlainLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= MaxLength
        && url[0] == '/' && !(url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        && !url.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c))
        && !url[1..].Split('/', '?', '#')[0].Contains(':', StringComparison.Ordinal);

    private static string Decoded(string url)
    {
        try
        {
            return Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return "";
        }
    }
}
