using Portal.Tips.Police;

namespace Portal.Web.Police;

/// <summary>
/// Marks a staff page whose route names a tip (<see cref="RouteParameter"/>). Before such a page is served, the
/// signed-in user's jurisdictions must cover the tip, or the answer is a plain 404 — the same as for a tip that
/// does not exist. The page's service calls check again; this only keeps a page shell from loading at all.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TipPageAttribute(string routeParameter) : Attribute
{
    public string RouteParameter { get; } = routeParameter;
}

public static class TipPageScope
{
    /// <summary>After authorization: only users the page's policy admits get this far.</summary>
    public static IApplicationBuilder UseTipPageScope(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<TipPageAttribute>() is { } page)
            {
                var cases = context.RequestServices.GetRequiredService<TipCases>();
                var covered = Guid.TryParse(context.GetRouteValue(page.RouteParameter)?.ToString(), out var tipId)
                    && context.User.ToStaffActor() is { } actor
                    && await cases.CoversAsync(actor, tipId, context.RequestAborted);
                if (!covered)
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }
            }

            await next(context);
        });
}
