using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Hosting;
using Xunit;

namespace Portal.Tests.Web;

/// <summary>
/// Personal and secret answers (tips, receipts, volunteers' data, case files, oversight exports) carry the no-store
/// marker, so a new page in one of those places cannot be cached by forgetting a header.
/// </summary>
[IntegrationTest]
public sealed class NoStoreTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] PersonalRoutes =
        ["/report", "/volunteer", "/staff/volunteers", "/staff/tips/{TipId:guid}/case-file", "/staff/tips/{tipId:guid}/attachments", "/staff/oversight/report", "/staff/oversight/csv", "/staff/media/{assetId:guid}/{rendition", "/staff/media/upload"];

    [Fact]
    public void Every_endpoint_on_a_personal_route_is_marked_no_store()
    {
        portal.CreateClient().Dispose();
        var endpoints = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => PersonalRoutes.Any(route => ("/" + endpoint.RoutePattern.RawText?.TrimStart('/')).StartsWith(route, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.True(endpoints.Count >= 15, $"only {endpoints.Count} endpoints found on the personal routes");
        Assert.All(endpoints, endpoint => Assert.True(endpoint.Metadata.GetMetadata<NoStoreAttribute>() is not null, endpoint.RoutePattern.RawText + " is not marked no-store"));
    }

    [Theory]
    [InlineData("/report")]
    [InlineData("/report/follow-up")]
    [InlineData("/volunteer")]
    [InlineData("/volunteer/status")]
    public async Task A_marked_page_answers_no_store(string path)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-cache", response.Headers.Pragma.ToString());
    }

    [Fact]
    public async Task A_public_reading_page_is_not_marked()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }
}
