namespace Portal.Web.Hosting;

/// <summary>
/// Logs never hold request bodies, cookies or client addresses. The portal never adds HTTP request logging,
/// and these filters hold even if someone raises log levels in configuration.
/// </summary>
public static class PortalLogging
{
    public static ILoggingBuilder AddPortalLogFilters(this ILoggingBuilder logging)
    {
        logging.AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.None);
        logging.AddFilter("Microsoft.AspNetCore.W3CLogging", LogLevel.None);
        logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel.Connections", LogLevel.None);
        logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        return logging;
    }
}
