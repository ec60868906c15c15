namespace Portal.Web.PublicSite;

/// <summary>
/// <c>Site:PathBase</c>: the portal can run as a section of an existing provincial site (e.g. <c>/fankuai</c>) as well
/// as at the root. Pages link relative to <c>&lt;base href="{path base}/"&gt;</c> (<see cref="PublicUrls.Href"/>) and
/// redirects resolve <c>~/</c>, so nothing else needs to know the base.
/// </summary>
public static class SitePathBase
{
    public const string Key = "Site:PathBase";

    /// <summary>The configured base ("/fankuai"), or null for the root; a base without its leading slash or with a
    /// trailing one is a setting error that stops start-up with one line.</summary>
    public static PathString? From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value) || value == "/")
        {
            return null;
        }

        if (!value.StartsWith('/') || value.EndsWith('/') || value.Contains("//", StringComparison.Ordinal) || value.Contains('?') || value.Contains('#'))
        {
            throw new Hosting.StartupFailureException($"{Key} must start with '/' and not end with one, e.g. /fankuai (was '{value}').");
        }

        return new PathString(value);
    }

    /// <summary>For the pipeline, built before start-up checks run: a wrong value is reported by
    /// <see cref="Hosting.PortalStartup"/> (which calls <see cref="From"/>) instead of crashing here.</summary>
    public static PathString? FromOrNull(IConfiguration configuration)
    {
        try
        {
            return From(configuration);
        }
        catch (Hosting.StartupFailureException)
        {
            return null;
        }
    }
}
