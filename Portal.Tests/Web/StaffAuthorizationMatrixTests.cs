using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Tips.Audit;
using Portal.Web.Identity;
using Portal.Web.Content.Media;
using Portal.Web.Oversight;
using Portal.Web.Police;

namespace Portal.Tests.Web;

/// <summary>
/// Every staff page and endpoint, found in the running host (so a new one is tested the day it is added),
/// × every role and anonymous, and own versus other jurisdiction for the pages and files of one tip.
/// </summary>
[IntegrationTest]
public sealed class StaffAuthorizationMatrixTests(StaffMatrixPortalFactory portal) : IClassFixture<StaffMatrixPortalFactory>
{
    /// <summary>
    /// Who may reach each staff route. A route missing here fails <see cref="The_matrix_lists_every_staff_page_and_endpoint"/>:
    /// add it with the roles it should admit.
    /// </summary>
    private static readonly Dictionary<string, string[]> Admitted = new(StringComparer.Ordinal)
    {
        ["/staff"] = [.. PortalRoles.Staff],
        ["/staff/admin/users"] = [PortalRoles.SystemAdministrator, PortalRoles.SecurityAdministrator],
        ["/staff/admin/approvals"] = [PortalRoles.SecurityAdministrator],
        ["/staff/admin/audit"] = [PortalRoles.AuditAdministrator],
        ["/staff/tips"] = [PortalRoles.Officer, PortalRoles.Supervisor],
        ["/staff/tips/{Id:guid}"] = [PortalRoles.Officer, PortalRoles.Supervisor],
        [TipAttachmentEndpoints.ViewingCopyPattern] = [PortalRoles.Officer, PortalRoles.Supervisor],
        [TipAttachmentEndpoints.OriginalPattern] = [PortalRoles.Supervisor],
        ["/staff/tips/{TipId:guid}/case-file"] = [PortalRoles.Officer, PortalRoles.Supervisor],
        ["/staff/rewards"] = [PortalRoles.Officer, PortalRoles.Supervisor],
        // An interactive page: the shell is served; which units it shows is the signed-in member's keys.
        ["/staff/unit-keys"] = [PortalRoles.Officer, PortalRoles.Supervisor],
        ["/staff/admin/claim-offices"] = [PortalRoles.SystemAdministrator],
        ["/staff/volunteers"] = [PortalRoles.VolunteerCoordinator],
        ["/staff/volunteers/opportunities"] = [PortalRoles.VolunteerCoordinator],
        ["/staff/volunteers/hours"] = [PortalRoles.VolunteerCoordinator],
        // An interactive page: the response is the page shell whichever volunteer the id names.
        ["/staff/volunteers/{Id:guid}"] = [PortalRoles.VolunteerCoordinator],
        ["/staff/admin/coordinator-regions"] = [PortalRoles.SecurityAdministrator],
        // A POST: admitted means the endpoint ran and refused the empty body (400).
        [MediaUploadEndpoint.Pattern] = [PortalRoles.Editor],
        [MediaFileEndpoints.StaffPattern] = [PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher, PortalRoles.SecurityAdministrator],
        ["/staff/content"] = [PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher],
        ["/staff/content/review"] = [PortalRoles.Reviewer],
        ["/staff/content/taxonomy"] = [PortalRoles.SecurityAdministrator],
        ["/staff/content/departments"] = [PortalRoles.SecurityAdministrator],
        // Content staff see the events of their departments, security and audit administrators all (ContentAuditLog decides).
        ["/staff/content/audit"] = [PortalRoles.SecurityAdministrator, PortalRoles.AuditAdministrator, PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher],
        // An interactive page: the shell is served; the item itself is checked by the content services.
        ["/staff/content/{ItemId:guid}"] = [PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher],
        // A static page: the matrix's content roles hold a grant in the item's department.
        ["/staff/content/{ItemId:guid}/preview/{VersionId:guid}"] = [PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher],
        // Oversight: the matrix's supervisor holds 兰州市, the provincial office sees the province; regions are the service's.
        ["/staff/oversight"] = [PortalRoles.ProvincialOffice, PortalRoles.Supervisor],
        ["/staff/oversight/report/{Year:int}/{Region?}"] = [PortalRoles.ProvincialOffice, PortalRoles.Supervisor],
        [OversightCsvEndpoint.Pattern] = [PortalRoles.ProvincialOffice, PortalRoles.Supervisor],
        [MediaUrls.Library] = [PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher],
        // An interactive page: the shell is served; the file itself is checked by the media library.
        ["/staff/media/{AssetId:guid}/edit"] = [PortalRoles.Editor, PortalRoles.Reviewer, PortalRoles.Publisher],
    };

    public static TheoryData<string> Principals => [.. PortalRoles.All.Prepend("")];

    private IReadOnlyList<RouteEndpoint> StaffEndpoints()
    {
        return [.. portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw == "/staff" || raw.StartsWith("/staff/", StringComparison.Ordinal)))];
    }

    [Fact]
    public void Every_staff_page_and_endpoint_names_an_authorization_policy_and_none_allows_anonymous()
    {
        var endpoints = StaffEndpoints();

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, endpoint =>
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            Assert.True(policies.Count > 0 && policies.TrueForAll(p => !string.IsNullOrEmpty(p)),
                $"{endpoint.RoutePattern.RawText} ({endpoint.DisplayName}) must name an authorization policy.");
            Assert.Null(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
        });
    }

    [Fact]
    public void Every_routable_component_in_the_staff_area_names_a_policy_and_is_served_under_staff()
    {
        var pages = typeof(PortalPolicies).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
            .Where(t => t.Namespace?.StartsWith("Portal.Web.Components.Staff", StringComparison.Ordinal) == true
                || t.GetCustomAttributes<RouteAttribute>().Any(r => r.Template.StartsWith("/staff", StringComparison.Ordinal)))
            .ToList();
        var served = StaffEndpoints().Select(e => e.RoutePattern.RawText).ToHashSet();

        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            var policies = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Policy).ToList();
            Assert.True(policies.Count > 0 && policies.TrueForAll(p => !string.IsNullOrEmpty(p)), $"{page.Name} must name an authorization policy.");
            Assert.All(page.GetCustomAttributes<RouteAttribute>(), route => Assert.Contains(route.Template, served));
        });
    }

    [Fact]
    public void The_matrix_lists_every_staff_page_and_endpoint()
    {
        var routes = StaffEndpoints().Select(e => e.RoutePattern.RawText!).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.All(routes, route => Assert.True(Admitted.ContainsKey(route), $"New staff route {route}: add it to {nameof(Admitted)} with the roles it should admit."));
        Assert.All(Admitted.Keys, route => Assert.Contains(route, routes));
    }

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task Each_principal_reaches_exactly_the_staff_routes_admitted_for_its_role(string role)
    {
        var client = portal.ClientFor(role);
        var failures = new List<string>();
        foreach (var (route, isPost) in StaffEndpoints().Select(e => (e.RoutePattern.RawText!, IsPostOnly(e))).Distinct())
        {
            var url = Concrete(route);
            using var response = isPost ? await client.PostAsync(url, null) : await client.GetAsync(url);
            var admitted = role.Length > 0 && Admitted.TryGetValue(route, out var roles) && roles.Contains(role);
            var outcome = Describe(response, isPost);
            var expected = admitted ? "allowed" : role.Length == 0 ? "sign-in" : "forbidden";
            if (outcome != expected)
            {
                failures.Add($"{(role.Length == 0 ? "anonymous" : role)} {(isPost ? "POST" : "GET")} {url}: expected {expected}, got {outcome} ({(int)response.StatusCode})");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Police_of_another_jurisdiction_get_404_and_none_of_the_tip_or_its_files()
    {
        foreach (var client in new[] { portal.OtherOfficer, portal.OtherSupervisor })
        {
            foreach (var url in new[] { TipUrl(portal.TipId), TipAttachmentEndpoints.ViewingCopyUrl(portal.TipId, portal.AttachmentId, download: true) })
            {
                using var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                var body = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("矩阵测试", body, StringComparison.Ordinal);
                Assert.NotEqual("image/jpeg", response.Content.Headers.ContentType?.MediaType);
            }
        }

        using var original = await portal.OtherSupervisor.GetAsync(TipAttachmentEndpoints.OriginalUrl(portal.TipId, portal.AttachmentId));
        Assert.Equal(HttpStatusCode.NotFound, original.StatusCode);
        Assert.NotEqual("image/jpeg", original.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_tip_or_file_that_does_not_exist_is_a_404_like_one_out_of_reach()
    {
        var officer = portal.ClientFor(PortalRoles.Officer);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(TipUrl(Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(TipAttachmentEndpoints.ViewingCopyUrl(portal.TipId, Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(TipAttachmentEndpoints.ViewingCopyUrl(Guid.NewGuid(), portal.AttachmentId))).StatusCode);
    }

    [Fact]
    public async Task The_officer_gets_the_stripped_viewing_copy_and_the_supervisor_the_original_never_stored_and_named_in_chinese()
    {
        using var copy = await portal.ClientFor(PortalRoles.Officer).GetAsync(TipAttachmentEndpoints.ViewingCopyUrl(portal.TipId, portal.AttachmentId, download: true));
        using var original = await portal.ClientFor(PortalRoles.Supervisor).GetAsync(TipAttachmentEndpoints.OriginalUrl(portal.TipId, portal.AttachmentId));

        foreach (var response in new[] { copy, original })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            var disposition = response.Content.Headers.ContentDisposition!;
            Assert.Equal("attachment", disposition.DispositionType);
            Assert.Equal(StaffMatrixPortalFactory.PhotoName, Uri.UnescapeDataString(disposition.FileNameStar!));
        }

        var copyBytes = await copy.Content.ReadAsByteArrayAsync();
        var originalBytes = await original.Content.ReadAsByteArrayAsync();
        Assert.False(TestFiles.HasExifSegment(copyBytes));
        Assert.Equal(portal.PhotoBytes, originalBytes);

        var audit = await portal.Services.GetRequiredService<TipAuditLog>().OfTipAsync(portal.TipId);
        Assert.Contains(audit, e => e.Action == TipAuditActions.Download && e.Detail == $"attachment={portal.AttachmentId:N}");
        Assert.Contains(audit, e => e.Action == TipAuditActions.DownloadOriginal && e.Detail == $"attachment={portal.AttachmentId:N}");
    }

    [Fact]
    public async Task A_photo_without_a_viewing_copy_is_an_original_that_only_a_supervisor_opens_audited_as_such()
    {
        // HEIC: kept as evidence, but Skia cannot decode it, so there is no metadata-free copy to show an officer.
        byte[] heic = [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, .. "GPS-HEIC-ORIGINAL"u8];
        var stored = await portal.Services.GetRequiredService<Portal.Tips.Attachments.TipAttachmentStore>().AddAsync(portal.TipId, "IMG_0042.HEIC", new MemoryStream(heic));
        Assert.True(stored.Accepted, stored.Error);
        var heicId = stored.AttachmentId!.Value;

        using var asOfficer = await portal.ClientFor(PortalRoles.Officer).GetAsync(TipAttachmentEndpoints.ViewingCopyUrl(portal.TipId, heicId, download: true));
        using var asSupervisor = await portal.ClientFor(PortalRoles.Supervisor).GetAsync(TipAttachmentEndpoints.OriginalUrl(portal.TipId, heicId));

        Assert.Equal(HttpStatusCode.NotFound, asOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asSupervisor.StatusCode);
        Assert.Equal(heic, await asSupervisor.Content.ReadAsByteArrayAsync());
        var audit = await portal.Services.GetRequiredService<TipAuditLog>().OfTipAsync(portal.TipId);
        Assert.DoesNotContain(audit, e => e.Action == TipAuditActions.Download && e.Detail == $"attachment={heicId:N}");
        Assert.Contains(audit, e => e.Action == TipAuditActions.DownloadOriginal && e.Detail == $"attachment={heicId:N}");
    }

    [Fact]
    public async Task The_viewing_copy_is_shown_inline_in_the_page_unless_downloaded()
    {
        using var inline = await portal.ClientFor(PortalRoles.Officer).GetAsync(TipAttachmentEndpoints.ViewingCopyUrl(portal.TipId, portal.AttachmentId));

        Assert.Equal(HttpStatusCode.OK, inline.StatusCode);
        Assert.Equal("inline", inline.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(StaffMatrixPortalFactory.PhotoName, Uri.UnescapeDataString(inline.Content.Headers.ContentDisposition.FileNameStar!));
    }

    private static bool IsPostOnly(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is { HttpMethods: [var only] } && only == HttpMethods.Post;

    private string Concrete(string route) => route
        .Replace("{Id:guid}", portal.TipId.ToString(), StringComparison.Ordinal)
        .Replace("{tipId:guid}", portal.TipId.ToString(), StringComparison.Ordinal)
        .Replace("{TipId:guid}", portal.TipId.ToString(), StringComparison.Ordinal)
        .Replace("{attachmentId:guid}", portal.AttachmentId.ToString(), StringComparison.Ordinal)
        .Replace("{assetId:guid}", portal.MediaAssetId.ToString(), StringComparison.Ordinal)
        .Replace("{AssetId:guid}", portal.MediaAssetId.ToString(), StringComparison.Ordinal)
        .Replace("{rendition?}", "thumb", StringComparison.Ordinal)
        .Replace("{ItemId:guid}", portal.ContentItemId.ToString(), StringComparison.Ordinal)
        .Replace("{VersionId:guid}", portal.ContentVersionId.ToString(), StringComparison.Ordinal)
        .Replace("{Year:int}", "2025", StringComparison.Ordinal)
        .Replace("{Region?}", StaffMatrixPortalFactory.Lanzhou, StringComparison.Ordinal)
        .Replace("{table}", "tips-by-month", StringComparison.Ordinal) is var url && url.Contains('{', StringComparison.Ordinal)
            ? throw new InvalidOperationException($"The matrix has no value for a parameter of {route}: add one in {nameof(Concrete)}.")
            : url;

    private static string TipUrl(Guid tipId) => $"/staff/tips/{tipId}";

    /// <summary>Allowed is a 200; anonymous visitors are sent to sign in; signed-in users without the right are refused.</summary>
    private static string Describe(HttpResponseMessage response, bool isPost) => response.StatusCode switch
    {
        HttpStatusCode.OK => "allowed",
        HttpStatusCode.BadRequest when isPost => "allowed",
        HttpStatusCode.Redirect when HtmlPage.RedirectTarget(response).StartsWith("/account/login", StringComparison.Ordinal) => "sign-in",
        HttpStatusCode.Forbidden => "forbidden",
        _ => "other",
    };
}
