using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Content.Common;
using Portal.Content.Departments;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Types;
using Portal.Content.Workflow;
using Portal.Tests.Content.Media;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;
using Portal.Web.Identity;

namespace Portal.Tests.Browser;

/// <summary>
/// A reviewer reads what changed in a poster's print files as the editor chose them: the added roll-up banner in words
/// with its file's name, the removed A5 struck through, and no code (RollUp, true, an id) anywhere in the comparison.
/// </summary>
[Collection(BrowserTests.Name)]
[BrowserTest]
public sealed class PosterReviewDiffBrowserTests(BrowserFixture fixture) : BrowserTestBase(fixture)
{
    [Fact]
    public async Task A_reviewer_sees_a_posters_changed_print_files_in_words_with_their_file_names()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var editor = await ContentUserAsync(PortalRoles.Editor, ContentRole.Editor);
        var reviewer = await ContentUserAsync(PortalRoles.Reviewer, ContentRole.Reviewer);
        var actor = ContentActor.Person(editor.Id, ContentRole.Editor);
        var image = await UploadAsync(actor, $"海报-{marker}.png", MediaSamples.Png(200 + Random.Shared.Next(100), 300));
        var a5 = await UploadAsync(actor, $"海报A5-{marker}.pdf", MediaSamples.Pdf(2000 + Random.Shared.Next(1000)));
        var banner = await UploadAsync(actor, $"易拉宝-{marker}.pdf", MediaSamples.Pdf(3100 + Random.Shared.Next(1000)));
        var services = Fixture.Portal.Services;
        var fields = new PosterFields { ImageAssetId = image, AltText = "海报：高薪招工是陷阱，求职先核实。", PrintFiles = [new PrintFile { PaperSize = PaperSize.A5, AssetId = a5 }] };
        var created = await services.GetRequiredService<ContentEditor>().CreateAsync(actor, ContentType.Poster, new NewContentItem
        {
            OwnerDepartmentId = DepartmentSeed.PublicityId,
            Draft = new ContentDraft { Title = $"求职防骗海报 {marker}", Fields = fields },
        });
        Assert.True(created.Succeeded, created.ToString());
        // The review compares with the live version, so the first one is published.
        var workflow = services.GetRequiredService<ContentWorkflow>();
        var publisher = await ContentUserAsync(PortalRoles.Publisher, ContentRole.Publisher);
        Assert.True((await workflow.SubmitAsync(actor, created.Value!.VersionId)).Succeeded);
        Assert.True((await workflow.ApproveAsync(ContentActor.Person(reviewer.Id, ContentRole.Reviewer), created.Value.VersionId)).Succeeded);
        var published = await workflow.PublishAsync(ContentActor.Person(publisher.Id, ContentRole.Publisher), created.Value.VersionId);
        Assert.True(published.Succeeded, published.ToString());
        var saved = await services.GetRequiredService<ContentEditor>().SaveDraftAsync(actor, created.Value.ItemId, created.Value.VersionId, new ContentDraft
        {
            Title = $"求职防骗海报 {marker}",
            Fields = fields with { PrintFiles = [new PrintFile { PaperSize = PaperSize.RollUp, AssetId = banner }] },
        });
        Assert.True(saved.Succeeded, saved.ToString());
        Assert.True((await workflow.SubmitAsync(actor, saved.Value!.VersionId)).Succeeded);

        var review = await StaffPages.SignedInAsync(Fixture, reviewer, ContentUrls.Editor(created.Value.ItemId));
        await review.GetByRole(AriaRole.Tab, new() { Name = "审核与发布" }).ClickAsync();
        var entries = review.Locator("[data-testid=diff-entries]");
        await StaffPages.WaitOrExplainAsync(Fixture, entries.Locator("ins [data-testid=diff-media-name]", new() { HasText = $"易拉宝-{marker}.pdf" }), "poster-diff-timeout.png");

        await Assertions.Expect(entries.Locator("ins")).ToContainTextAsync("纸张尺寸：易拉宝（80×200 厘米）");
        await Assertions.Expect(entries.Locator("del")).ToContainTextAsync("纸张尺寸：A5");
        await Assertions.Expect(entries.Locator("del [data-testid=diff-media-name]")).ToHaveTextAsync($"海报A5-{marker}.pdf");
        var shown = await review.Locator("[data-testid=diff]").InnerTextAsync();
        foreach (var code in new[] { "RollUp", "paperSize", "assetId", "true", banner.ToString(), a5.ToString() })
        {
            Assert.DoesNotContain(code, shown, StringComparison.Ordinal);
        }

        await review.Locator("[data-testid=diff]").ScrollIntoViewIfNeededAsync();
        await review.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "review-poster-print-files-diff.png"), FullPage = true });
    }

    private async Task<Guid> UploadAsync(ContentActor actor, string fileName, byte[] content)
    {
        var uploaded = await Fixture.Portal.Services.GetRequiredService<MediaLibrary>().UploadAsync(actor, new MediaUpload
        {
            DepartmentId = DepartmentSeed.PublicityId, FileName = fileName, Content = new MemoryStream(content),
        });
        Assert.True(uploaded.Succeeded, uploaded.ToString());
        return uploaded.Value!.Asset.Id;
    }

    private Task<TestUsers.TestUser> ContentUserAsync(string role, ContentRole contentRole) => ContentStaff.CreateAsync(Fixture, role, contentRole);
}
