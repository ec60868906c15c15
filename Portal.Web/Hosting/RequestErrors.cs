using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;

namespace Portal.Web.Hosting;

/// <summary>
/// What a failed request answers. A body that cannot be read (truncated or mis-bounded multipart, bad encoding, too many
/// fields, a missing or forged antiforgery token) is the sender's problem: 4xx with the "could not be read" page in
/// both languages, and no error with a stack trace in the log, since an attacker could otherwise fill it at will. A
/// database outage is 503 (<see cref="DatabaseOutage"/>). Everything else is a 500 and is logged as an error.
/// </summary>
public static class RequestErrors
{
    /// <summary>The exception handler's status code for <paramref name="exception"/>.</summary>
    public static int StatusCodeFor(Exception exception)
    {
        if (DatabaseOutage.IsOutage(exception))
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case BadHttpRequestException bad:
                    return bad.StatusCode;
                case InvalidDataException or AntiforgeryValidationException or DecoderFallbackException:
                    return StatusCodes.Status400BadRequest;
                case Portal.Tips.Sealing.TipLockedException:
                    // A sealed tip asked for by a sign-in that holds none of its keys: refused, not a fault.
                    return StatusCodes.Status403Forbidden;
            }
        }

        return StatusCodes.Status500InternalServerError;
    }

    /// <summary>Only server errors are logged with their stack trace; a malformed request is not news.</summary>
    public static bool SuppressDiagnostics(ExceptionHandlerSuppressDiagnosticsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return StatusCodeFor(context.Exception) < StatusCodes.Status500InternalServerError;
    }

    /// <summary>
    /// Runs inside the status code pages middleware. An error page is a page to read, whatever the failed request
    /// was: it is rendered as a GET, so the form the request carried (possibly the broken body that failed it) is not
    /// read a second time. And some refusals (the Razor component endpoints' antiforgery check) set a status and a
    /// content type but write nothing, which the status code pages would leave as an empty page: without a body,
    /// they get the status page.
    /// </summary>
    public static IApplicationBuilder UseErrorPagesAsPages(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                context.Request.Method = HttpMethods.Get;
                context.Features.Set<IAntiforgeryValidationFeature>(null);
            }

            await next(context);
            if (!context.Response.HasStarted && context.Response.StatusCode >= StatusCodes.Status400BadRequest && context.Response.ContentLength is null or 0)
            {
                context.Response.ContentType = null;
                context.Response.ContentLength = null;
            }
        });

    public static bool IsRefusal(int status) => status is >= 400 and < 500 and not 401 and not 403 and not 404;
}
