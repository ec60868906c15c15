using System.Data.Common;

namespace Portal.Web.Hosting;

/// <summary>
/// While the database is down or restarting, a request that needs it is answered 503 with Retry-After and the
/// "temporarily unavailable" page in both languages, not the 500 "something went wrong" page: the reporter learns
/// that nothing was saved and that trying again in a minute will work. The service comes back by itself: the
/// connection pool drops broken connections and the next request opens new ones.
/// </summary>
public static class DatabaseOutage
{
    public const int RetryAfterSeconds = 30;

    public static bool IsOutage(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } or TimeoutException or System.Net.Sockets.SocketException)
            {
                return true;
            }
        }

        return false;
    }
}
