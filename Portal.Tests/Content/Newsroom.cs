using Portal.Content.Blocks;
using Portal.Content.Common;
using Portal.Content.Items;
using Portal.Content.Media;
using Portal.Content.Types;
using Portal.Tests.Content.Media;

namespace Portal.Tests.Content;

/// <summary>A department of its own with an editor, a reviewer and a publisher (three different people).</summary>
internal sealed record Newsroom(ContentHarness Host, Guid Department, ContentActor Editor, ContentActor Reviewer, ContentActor Publisher)
{
    public static async Task<Newsroom> CreateAsync(ContentHarness host)
    {
        var department = await host.NewDepartmentAsync();
        return new Newsroom(
            host,
            department,
            await host.PersonAsync(department, ContentRole.Editor),
            await host.PersonAsync(department, ContentRole.Reviewer),
            await host.PersonAsync(department, ContentRole.Publisher));
    }

    public async Task<SavedVersion> CreateAsync(ContentDraft? draft = null, ContentType type = ContentType.Article, Rendition rendition = Rendition.Standard, string culture = ContentCultures.Chinese, Guid? variantOf = null)
    {
        var created = await Host.Editor.CreateAsync(Editor, type, new NewContentItem
        {
            OwnerDepartmentId = Department, Culture = culture, Rendition = rendition, VariantOf = variantOf, Draft = draft ?? Drafts.Article(),
        });
        Assert.True(created.Succeeded, created.ToString());
        return created.Value!;
    }

    /// <summary>Submitted by the editor and approved by the reviewer.</summary>
    public async Task ApproveAsync(Guid versionId)
    {
        var submitted = await Host.Workflow.SubmitAsync(Editor, versionId, "请审核");
        Assert.True(submitted.Succeeded, submitted.ToString());
        var approved = await Host.Workflow.ApproveAsync(Reviewer, versionId, "同意");
        Assert.True(approved.Succeeded, approved.ToString());
    }

    /// <summary>Created, approved and published.</summary>
    public async Task<SavedVersion> PublishedAsync(ContentDraft? draft = null, ContentType type = ContentType.Article)
    {
        var saved = await CreateAsync(draft, type);
        await ApproveAsync(saved.VersionId);
        var published = await Host.Workflow.PublishAsync(Publisher, saved.VersionId, "发布");
        Assert.True(published.Succeeded, published.ToString());
        return saved;
    }

    public async Task<SavedVersion> SaveAsync(Guid itemId, Guid baseVersionId, ContentDraft draft)
    {
        var saved = await Host.Editor.SaveDraftAsync(Editor, itemId, baseVersionId, draft);
        Assert.True(saved.Succeeded, saved.ToString());
        return saved.Value!;
    }

    /// <summary>A file in the department's media library, uploaded by the editor (the same bytes twice give the same asset).</summary>
    public async Task<Guid> UploadAsync(string fileName, byte[] content)
    {
        var uploaded = await Host.Media.UploadAsync(Editor, new MediaUpload { DepartmentId = Department, FileName = fileName, Content = MediaSamples.AsRequestBody(content) });
        Assert.True(uploaded.Succeeded, uploaded.ToString());
        return uploaded.Value!.Asset.Id;
    }

    /// <summary>An image block whose picture is in the library, so it can be published.</summary>
    public async Task<ImageBlock> ImageAsync(string? alt) => Drafts.Image(alt, await UploadAsync("海报.png", MediaSamples.Png(320, 200)));

    /// <summary>A video block whose MP4 (and WebVTT captions, if wanted) are in the library.</summary>
    public async Task<VideoBlock> VideoAsync(bool captions) =>
        Drafts.Video(captions, await UploadAsync("识别信号.mp4", MediaSamples.Mp4()), captions ? await UploadAsync("识别信号.vtt", MediaSamples.WebVtt()) : null);

    public async Task<AudioBlock> AudioAsync(string? transcript) => Drafts.Audio(transcript, await UploadAsync("广播稿.mp3", MediaSamples.Mp3()));
}
