using Microsoft.Extensions.DependencyInjection;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Media;
using Portal.Content.Items;
using Portal.Content.Types;
using Portal.Tests.Infrastructure;
using Portal.Tests.Tips.Attachments;
using Portal.Tests.Reporting;
using Portal.Tips.Attachments;
using Portal.Tips.Reporting;
using Portal.Tips.Police;
using Portal.Web.Identity;

namespace Portal.Tests.Web;

/// <summary>
/// One portal with a signed-in client for every role (and one anonymous), a tip in 城关区 with a photo, and
/// police of that jurisdiction and of others: what the authorization matrix needs.
/// </summary>
public sealed class StaffMatrixPortalFactory : PortalFactory, IAsyncLifetime
{
    public const string Chengguan = "620102";
    public const string Lanzhou = "620100";
    public const string Baiyin = "620402";
    public const string Jiuquan = "620900";
    public const string Narrative = "城关区矩阵测试线索：车站广场有一名男子带着一个哭泣的女孩。";
    public const string PhotoName = "车站广场.jpg";
    public const string GpsMarker = "GPS-MATRIX-ORIGINAL";

    private readonly Dictionary<string, HttpClient> clients = [];

    public Guid TipId { get; private set; }

    public Guid AttachmentId { get; private set; }

    /// <summary>An image in the media library of a department where the content roles' users hold their role.</summary>
    public Guid MediaAssetId { get; private set; }

    private Guid mediaDepartment;
    /// <summary>A draft article of the publicity department, where the matrix's editor, reviewer and publisher hold their role.</summary>
    public Guid ContentItemId { get; private set; }

    public Guid ContentVersionId { get; private set; }

    /// <summary>The photo as the reporter sent it, GPS block included.</summary>
    public byte[] PhotoBytes { get; } = TestFiles.JpegWithGps(GpsMarker);

    /// <summary>An officer of 白银区 and a supervisor of 酒泉市: police, but not of the tip's jurisdiction.</summary>
    public HttpClient OtherOfficer { get; private set; } = default!;

    public HttpClient OtherSupervisor { get; private set; } = default!;

    /// <summary>A client per role, signed in as a real user would (staff with their authenticator code), and "" for anonymous.</summary>
    public HttpClient ClientFor(string role) => clients[role];

    public async Task InitializeAsync()
    {
        var submitted = await Services.GetRequiredService<TipIntake>().SubmitAsync(TipSubmissions.Valid(Narrative) with { PlaceKey = Chengguan });
        TipId = submitted.TipId!.Value;
        using var photo = new MemoryStream(PhotoBytes);
        AttachmentId = (await Services.GetRequiredService<TipAttachmentStore>().AddAsync(TipId, PhotoName, photo)).AttachmentId!.Value;

        await AddMediaAssetAsync();
        var author = ContentActor.Person("matrix-author", ContentRole.Editor);
        await GrantContentRoleAsync(author.UserId, ContentRole.Editor);
        var article = await Services.GetRequiredService<ContentEditor>().CreateAsync(author, ContentType.Article, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft { Title = "矩阵测试文章", Fields = new ArticleFields() },
        });
        (ContentItemId, ContentVersionId) = (article.Value!.ItemId, article.Value.VersionId);

        clients[""] = CreateBrowserLikeClient();
        foreach (var role in PortalRoles.All)
        {
            clients[role] = await SignedInAsync(role, role switch
            {
                PortalRoles.Officer => Chengguan,
                PortalRoles.Supervisor => Lanzhou,
                _ => Jurisdictions.Province, // A grant alone must not open police pages to other roles.
            });
        }

        OtherOfficer = await SignedInAsync(PortalRoles.Officer, Baiyin);
        OtherSupervisor = await SignedInAsync(PortalRoles.Supervisor, Jiuquan);
    }

    private async Task<HttpClient> SignedInAsync(string role, string jurisdiction)
    {
        var staff = role != PortalRoles.Volunteer;
        var user = await TestUsers.CreateAsync(Services, role, withAuthenticator: staff);
        Assert.Null((await Services.GetRequiredService<OfficerGrants>().SetGrantsAsync("test-admin", user.Id, [jurisdiction])).Error);
        if (Enum.TryParse<ContentRole>(role, out var contentRole))
        {
            Assert.True((await Services.GetRequiredService<DepartmentAdministration>().GrantAsync(ContentAdministrator, user.Id, mediaDepartment, contentRole, false)).Succeeded);
            await GrantContentRoleAsync(user.Id, contentRole);
        }

        var client = CreateBrowserLikeClient();
        if (staff)
        {
            Assert.Equal("/staff", HtmlPage.RedirectTarget(await StaffSignIn.WithAuthenticatorAsync(client, user)));
        }
        else
        {
            // Signed in (sent on to the volunteer area), not back at the login page.
            Assert.DoesNotContain("/account/", HtmlPage.RedirectTarget(await StaffSignIn.PasswordAsync(client, user.Email, user.Password)), StringComparison.Ordinal);
        }

        return client;
    }

    private static ContentActor ContentAdministrator { get; } = ContentActor.Person("matrix-admin", isAdministrator: true);

    private async Task AddMediaAssetAsync()
    {
        var created = await Services.GetRequiredService<DepartmentAdministration>().CreateAsync(ContentAdministrator, "matrix-media", "矩阵测试单位", "Matrix test unit", DepartmentSeed.RootId);
        mediaDepartment = created.Value!.Id;
        var uploader = ContentActor.Person("matrix-uploader", ContentRole.Editor);
        Assert.True((await Services.GetRequiredService<DepartmentAdministration>().GrantAsync(ContentAdministrator, uploader.UserId, mediaDepartment, ContentRole.Editor, false)).Succeeded);
        using var png = new MemoryStream(TestFiles.JpegWithGps(GpsMarker, 300, 200));
        var uploaded = await Services.GetRequiredService<MediaLibrary>().UploadAsync(uploader, new MediaUpload { DepartmentId = mediaDepartment, FileName = "矩阵.jpg", Content = png });
        MediaAssetId = uploaded.Value!.Asset.Id;
    }

    private async Task GrantContentRoleAsync(string userId, ContentRole role)
    {
        var granted = await Services.GetRequiredService<DepartmentAdministration>()
            .GrantAsync(ContentActor.Person("test-admin", isAdministrator: true), userId, DepartmentSeed.PublicityId, role, includesSubDepartments: false);
        Assert.True(granted.Succeeded, granted.ToString());
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        OtherOfficer?.Dispose();
        OtherSupervisor?.Dispose();
        return Task.CompletedTask;
    }
}
