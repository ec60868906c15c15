using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Infrastructure;
using Portal.Web.Content.Media;
using Portal.Web.Identity;

namespace Portal.Tests.Content.Media;

/// <summary>The upload endpoint and the staff and public file routes, through the real host (SQLite, file-system store).</summary>
[IntegrationTest]
public sealed class MediaEndpointTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private readonly ContentActor administrator = ContentActor.Person("admin-media-tests", isAdministrator: true);

    private MediaLibrary Media => portal.Services.GetRequiredService<MediaLibrary>();

    [Fact]
    public async Task Unauthenticated_upload_is_sent_to_sign_in_and_stores_nothing()
    {
        using var anonymous = portal.CreateBrowserLikeClient();
        var department = await DepartmentAsync();

        using var response = await anonymous.PostAsync(MediaEndpointsUrl, Form(department, ("海报.png", MediaSamples.Png(30, 30))));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", HtmlPage.RedirectTarget(response), StringComparison.Ordinal);
        Assert.Equal(0, (await Media.SearchAsync(administrator, new MediaQuery { DepartmentId = department })).TotalCount);
    }

    [Fact]
    public async Task An_editor_uploads_a_Chinese_named_file_with_texts_and_gets_its_id_back()
    {
        var (client, department, editor) = await SignedInEditorAsync();
        var token = await TokenAsync(client);
        // Text fields apply to the files after them.
        using var form = new MultipartFormDataContent
        {
            { new StringContent(department.ToString()), "departmentId" },
            { new StringContent("车站里的反拐海报"), "alt.zh-CN" },
            { new StringContent("An anti-trafficking poster in a station"), "alt.en" },
            { File(MediaSamples.Png(800, 400)), "file", "车站海报.png" },
        };

        var (status, body) = await PostAsync(client, form, token);

        Assert.Equal(HttpStatusCode.OK, status);
        var file = Assert.Single(body.Files);
        Assert.True(file.Succeeded);
        Assert.Equal(("车站海报.png", MediaKind.Image, "image/png", false), (file.FileName, file.Kind, file.ContentType, file.Duplicate));
        var asset = (await Media.GetAsync(editor, file.AssetId!.Value)).Value!;
        Assert.Equal(("车站海报.png", "车站里的反拐海报", "An anti-trafficking poster in a station"), (asset.OriginalFileName, asset.TextFor("zh-CN")!.Alt, asset.TextFor("en")!.Alt));
        Assert.Equal(["thumb", "w480"], asset.Renditions.Select(r => r.Name).Order());

        using var staffCopy = await client.GetAsync(MediaFileEndpoints.StaffUrl(asset.Id, "thumb"));
        Assert.Equal(HttpStatusCode.OK, staffCopy.StatusCode);
        Assert.Equal("image/webp", staffCopy.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", staffCopy.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_may_come_as_the_first_form_field_as_a_plain_form_sends_it()
    {
        var (client, department, _) = await SignedInEditorAsync();
        var token = await TokenAsync(client);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        form.Add(new StringContent(department.ToString()), "departmentId");
        form.Add(File(MediaSamples.Pdf()), "file", "手册.pdf");

        var (status, body) = await PostAsync(client, form, token: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(MediaKind.Document, Assert.Single(body.Files).Kind);
    }

    [Fact]
    public async Task Without_an_antiforgery_token_nothing_is_stored()
    {
        var (client, department, editor) = await SignedInEditorAsync();

        var (status, body) = await PostAsync(client, Form(department, ("海报.png", MediaSamples.Png(20, 20))), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("request.antiforgery", body.Error);
        Assert.Equal(0, (await Media.SearchAsync(editor, new MediaQuery { DepartmentId = department })).TotalCount);
    }

    [Fact]
    public async Task A_disguised_file_is_refused_with_its_code_and_the_other_files_of_the_request_still_go_in()
    {
        var (client, department, _) = await SignedInEditorAsync();

        var (status, body) = await PostAsync(client, Form(department, ("照片.jpg", MediaSamples.Executable()), ("字幕.vtt", MediaSamples.WebVtt())), await TokenAsync(client));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal(2, body.Files.Count);
        Assert.Equal((false, ContentCodes.MediaTypeNotAllowed), (body.Files[0].Succeeded, Assert.Single(body.Files[0].Problems).Code));
        Assert.True(body.Files[1].Succeeded);
    }

    [Fact]
    public async Task An_editor_of_another_department_is_refused_and_a_reviewer_may_not_upload_at_all()
    {
        var (client, _, _) = await SignedInEditorAsync();
        var otherDepartment = await DepartmentAsync();
        var reviewer = await SignedInAsync(PortalRoles.Reviewer);

        var (status, body) = await PostAsync(client, Form(otherDepartment, ("海报.png", MediaSamples.Png(20, 20))), await TokenAsync(client));
        using var byReviewer = await reviewer.PostAsync(MediaEndpointsUrl, Form(otherDepartment, ("海报.png", MediaSamples.Png(20, 20))));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(nameof(Failure.Forbidden), Assert.Single(body.Files).Failure);
        Assert.True(HttpStatusCode.Forbidden == byReviewer.StatusCode, $"{byReviewer.StatusCode}: {await byReviewer.Content.ReadAsStringAsync()}");
        Assert.Equal(0, (await Media.SearchAsync(administrator, new MediaQuery { DepartmentId = otherDepartment })).TotalCount);
    }

    [Fact]
    public async Task The_public_route_serves_only_a_file_of_a_live_version_with_range_etag_and_its_Chinese_name()
    {
        var department = await DepartmentAsync();
        var editor = await PersonAsync(department, ContentRole.Editor);
        var pdfBytes = MediaSamples.Pdf(10_000);
        var pdf = (await Media.UploadAsync(editor, new MediaUpload { DepartmentId = department, FileName = "反拐宣传手册.pdf", Content = new MemoryStream(pdfBytes) })).Value!.Asset;
        var photo = (await Media.UploadAsync(editor, new MediaUpload { DepartmentId = department, FileName = "海报.png", Content = new MemoryStream(MediaSamples.Png(300, 200)) })).Value!.Asset;
        using var reader = portal.CreateBrowserLikeClient();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(MediaFileEndpoints.PublicUrl(pdf.Id))).StatusCode);
        await PublishAsync(department, editor, new DownloadListBlock { Id = Guid.NewGuid(), Items = [new DownloadItem { AssetId = pdf.Id, Label = "宣传手册" }] },
            new ImageBlock { Id = Guid.NewGuid(), AssetId = photo.Id, Alt = "海报" });

        using var whole = await reader.GetAsync(MediaFileEndpoints.PublicUrl(pdf.Id));
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(pdfBytes, await whole.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", whole.Content.Headers.ContentType?.MediaType);
        Assert.True(whole.Headers.CacheControl!.Public);
        Assert.Equal("inline", whole.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("反拐宣传手册.pdf", Uri.UnescapeDataString(whole.Content.Headers.ContentDisposition.FileNameStar!.Trim('"')));
        var etag = whole.Headers.ETag!;

        using var rangeRequest = new HttpRequestMessage(HttpMethod.Get, MediaFileEndpoints.PublicUrl(pdf.Id)) { Headers = { Range = new RangeHeaderValue(100, 199) } };
        using var part = await reader.SendAsync(rangeRequest);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(pdfBytes.AsSpan(100, 100).ToArray(), await part.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 100-199/{pdfBytes.Length}", part.Content.Headers.ContentRange!.ToString());

        using var beyond = new HttpRequestMessage(HttpMethod.Get, MediaFileEndpoints.PublicUrl(pdf.Id)) { Headers = { Range = new RangeHeaderValue(pdfBytes.Length + 10, null) } };
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, (await reader.SendAsync(beyond)).StatusCode);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, MediaFileEndpoints.PublicUrl(pdf.Id)) { Headers = { IfNoneMatch = { etag } } };
        Assert.Equal(HttpStatusCode.NotModified, (await reader.SendAsync(revalidate)).StatusCode);

        using var thumbnail = await reader.GetAsync(MediaFileEndpoints.PublicUrl(photo.Id, "thumb"));
        Assert.Equal(("image/webp", "海报-thumb.webp"), (thumbnail.Content.Headers.ContentType?.MediaType, Uri.UnescapeDataString(thumbnail.Content.Headers.ContentDisposition!.FileNameStar!.Trim('"'))));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(MediaFileEndpoints.PublicUrl(photo.Id, "w480"))).StatusCode);
    }

    private const string MediaEndpointsUrl = MediaUploadEndpoint.Pattern;

    private static MultipartFormDataContent Form(Guid department, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(department.ToString()), "departmentId" } };
        foreach (var (name, content) in files)
        {
            form.Add(File(content), "file", name);
        }

        return form;
    }

    private static ByteArrayContent File(byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return file;
    }

    private static async Task<(HttpStatusCode Status, MediaUploadResponse Body)> PostAsync(HttpClient client, MultipartFormDataContent form, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MediaEndpointsUrl) { Content = form };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<MediaUploadResponse>())!);
    }

    /// <summary>
    /// The antiforgery token of the signed-in client, from the sign-out form of the public layout (the interactive staff
    /// pages render nothing on the server; a manager page gets it from its own AntiforgeryStateProvider).
    /// </summary>
    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await HtmlPage.GetAsync(client, "/");
        return page.Document.QuerySelector("form[action='account/logout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private async Task<(HttpClient Client, Guid Department, ContentActor Editor)> SignedInEditorAsync()
    {
        var department = await DepartmentAsync();
        var user = await TestUsers.CreateAsync(portal.Services, PortalRoles.Editor);
        var client = portal.CreateBrowserLikeClient();
        Assert.Equal("/staff", HtmlPage.RedirectTarget(await StaffSignIn.WithAuthenticatorAsync(client, user)));
        Assert.True((await portal.Services.GetRequiredService<DepartmentAdministration>().GrantAsync(administrator, user.Id, department, ContentRole.Editor, includesSubDepartments: false)).Succeeded);
        return (client, department, ContentActor.Person(user.Id, ContentRole.Editor));
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var user = await TestUsers.CreateAsync(portal.Services, role);
        var client = portal.CreateBrowserLikeClient();
        Assert.Equal("/staff", HtmlPage.RedirectTarget(await StaffSignIn.WithAuthenticatorAsync(client, user)));
        return client;
    }

    private async Task<Guid> DepartmentAsync()
    {
        var key = "media-" + Guid.NewGuid().ToString("N")[..12];
        var created = await portal.Services.GetRequiredService<DepartmentAdministration>().CreateAsync(administrator, key, "媒体测试 " + key, "Media test " + key, DepartmentSeed.RootId);
        Assert.True(created.Succeeded, created.ToString());
        return created.Value!.Id;
    }

    private async Task<ContentActor> PersonAsync(Guid department, ContentRole role)
    {
        var actor = ContentActor.Person("user-" + Guid.NewGuid().ToString("N")[..12], role);
        Assert.True((await portal.Services.GetRequiredService<DepartmentAdministration>().GrantAsync(administrator, actor.UserId, department, role, includesSubDepartments: false)).Succeeded);
        return actor;
    }

    private async Task PublishAsync(Guid department, ContentActor editor, params Block[] blocks)
    {
        var reviewer = await PersonAsync(department, ContentRole.Reviewer);
        var publisher = await PersonAsync(department, ContentRole.Publisher);
        var created = await portal.Services.GetRequiredService<ContentEditor>().CreateAsync(editor, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = department, Culture = ContentCultures.Chinese, Rendition = Rendition.Standard, Draft = Drafts.Article(null, blocks),
        });
        Assert.True(created.Succeeded, created.ToString());
        var workflow = portal.Services.GetRequiredService<ContentWorkflow>();
        Assert.True((await workflow.SubmitAsync(editor, created.Value!.VersionId, null)).Succeeded);
        Assert.True((await workflow.ApproveAsync(reviewer, created.Value.VersionId, null)).Succeeded);
        var published = await workflow.PublishAsync(publisher, created.Value.VersionId, null);
        Assert.True(published.Succeeded, published.ToString());
    }
}
