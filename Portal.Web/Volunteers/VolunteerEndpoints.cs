using System.Text;
using Portal.Tips.Volunteers.Privacy;
using Portal.Web.Hosting;

namespace Portal.Web.Volunteers;

public static class VolunteerEndpoints
{
    /// <summary>GET /volunteer/my-data.json: everything stored about the signed-in volunteer, as a download.</summary>
    public static IEndpointRouteBuilder MapVolunteerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/volunteer/my-data.json", async (HttpContext context, VolunteerPrivacy privacy) =>
            {
                var json = await privacy.ExportAsync(context.User.UserId(), context.RequestAborted);
                if (json is null)
                {
                    return Results.NotFound();
                }

                return Results.File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", "my-volunteer-data.json");
            })
            .RequireAuthorization(VolunteerPolicies.VolunteerArea)
            .WithNoStore();
        return endpoints;
    }
}
