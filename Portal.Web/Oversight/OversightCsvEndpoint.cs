using System.Globalization;
using Portal.Tips.Oversight;
using Portal.Web.Identity;
using Portal.Web.Hosting;

namespace Portal.Web.Oversight;

/// <summary>
/// <c>GET /staff/oversight/csv/{table}?from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;region=key</c>: one dashboard table as CSV,
/// under the dashboard's policy and built by the same code as the table on the page. A region outside the user's
/// scope is a 403, an unknown table or a bad date a 404 or 400.
/// </summary>
public static class OversightCsvEndpoint
{
    public const string Pattern = "/staff/oversight/csv/{table}";

    public static string Url(string table, OversightQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var url = string.Create(CultureInfo.InvariantCulture, $"/staff/oversight/csv/{table}?from={query.From:yyyy-MM-dd}&to={query.To:yyyy-MM-dd}");
        return query.Region is null ? url : url + "&region=" + Uri.EscapeDataString(query.Region);
    }

    public static IEndpointRouteBuilder MapOversightCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Pattern, async (HttpContext context, string table, string? from, string? to, string? region, OversightViews views, TimeProvider time) =>
            {
                if (context.User.ToOversightActor() is not { } actor)
                {
                    return Results.Forbid();
                }

                if (!OversightTable.Ids.Contains(table))
                {
                    return Results.NotFound();
                }

                if (OversightRange.Parse(from, to, time) is not { } range)
                {
                    return Results.BadRequest();
                }

                try
                {
                    var view = await views.LoadAsync(actor, new OversightQuery(range.From, range.To, string.IsNullOrEmpty(region) ? null : region), context.RequestAborted);
                    var name = string.Create(CultureInfo.InvariantCulture, $"{table}_{range.From:yyyyMMdd}-{range.To:yyyyMMdd}{(string.IsNullOrEmpty(region) ? "" : "_" + region)}.csv");
                    return Results.File(OversightCsv.Write(view.Table(table)), "text/csv; charset=utf-8", name);
                }
                catch (OversightAccessDeniedException)
                {
                    return Results.Forbid();
                }
            })
            .RequireAuthorization(PortalPolicies.Staff, PortalPolicies.Oversight)
            .WithNoStore();
        return endpoints;
    }
}
