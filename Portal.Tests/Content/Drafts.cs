using Portal.Content.Blocks;
using Portal.Content.Items;
using Portal.Content.Taxonomy;
using Portal.Content.Types;

namespace Portal.Tests.Content;

/// <summary>Drafts with real-looking text; titles carry a short unique tail so slugs never collide between tests.</summary>
internal static class Drafts
{
    public static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    public static ContentDraft Article(string? title = null, params Block[] blocks) => new()
    {
        Title = title ?? Unique("如何识别拐卖人口"),
        Summary = "识别拐卖人口的常见迹象，以及发现线索后如何举报。",
        Fields = new ArticleFields { Byline = "省委宣传部" },
        Blocks = blocks.Length > 0 ? blocks : [Paragraph("<p>高薪招工、免费旅游、网上交友，都可能是拐卖的诱饵。</p>")],
    };

    public static ContentDraft WithAudience(this ContentDraft draft, params string[] keys) =>
        draft with { Terms = new Dictionary<Vocabulary, IReadOnlyList<string>>(draft.Terms) { [Vocabulary.Audience] = keys } };

    public static RichTextBlock Paragraph(string html) => new() { Id = Guid.NewGuid(), Html = html };

    public static HeadingBlock Heading(string text) => new() { Id = Guid.NewGuid(), Text = text, Level = 2 };

    /// <summary>Without <paramref name="assetId"/> the block names a made-up file: enough for a draft, not for publishing (<see cref="Newsroom.ImageAsync"/>).</summary>
    public static ImageBlock Image(string? alt, Guid? assetId = null) =>
        new() { Id = Guid.NewGuid(), AssetId = assetId ?? Guid.NewGuid(), Alt = alt, Caption = "火车站候车室的反拐海报" };

    public static VideoBlock Video(bool captions, Guid? assetId = null, Guid? captionsAssetId = null) => new()
    {
        Id = Guid.NewGuid(), AssetId = assetId ?? Guid.NewGuid(), Title = "识别拐卖的六个信号", CaptionsAssetId = captions ? captionsAssetId ?? Guid.NewGuid() : null,
    };

    public static AudioBlock Audio(string? transcript, Guid? assetId = null) =>
        new() { Id = Guid.NewGuid(), AssetId = assetId ?? Guid.NewGuid(), Title = "广播稿", Transcript = transcript };

    public static ColumnsBlock Columns(params Block[][] columns) => new()
    {
        Id = Guid.NewGuid(), Columns = [.. columns.Select(blocks => new Column { Blocks = blocks })],
    };
}
