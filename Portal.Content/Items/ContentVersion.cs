using Portal.Content.Blocks;
using Portal.Content.Types;
using Portal.Content.Workflow;

namespace Portal.Content.Items;

/// <summary>
/// One saved state of an item. Nothing in it is ever overwritten: every save, restore or edit makes a new version, and
/// <see cref="Data.ContentDbContext"/> refuses to save a change to any property but the workflow ones
/// (<see cref="MutableProperties"/>).
/// </summary>
internal sealed class ContentVersion
{
    /// <summary>The only columns that change after insert: where the version is in the workflow and its schedule.</summary>
    public static readonly IReadOnlySet<string> MutableProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(State), nameof(ApprovedBy), nameof(ApprovedAt), nameof(PublishedBy), nameof(PublishedAt),
        nameof(PublishAt), nameof(PublishScheduledBy), nameof(PublishClaimedUntil),
    };

    public Guid Id { get; init; }

    public Guid ItemId { get; init; }

    public int Number { get; init; }

    /// <summary>The version the author started from (the optimistic-concurrency base).</summary>
    public Guid? BasedOnVersionId { get; init; }

    /// <summary>Set when this version is a restore of an older one.</summary>
    public Guid? RestoredFromVersionId { get; init; }

    public string Title { get; init; } = "";

    public string? Summary { get; init; }

    public string Slug { get; init; } = "";

    /// <summary>The blocks as JSON (<see cref="BlockJson"/>).</summary>
    public string BodyJson { get; init; } = "[]";

    /// <summary>The type's fields as JSON.</summary>
    public string FieldsJson { get; init; } = "{}";

    public string? MetaTitle { get; init; }

    public string? MetaDescription { get; init; }

    public Guid? SeoImageAssetId { get; init; }

    public bool NoIndex { get; init; }

    /// <summary>All words of title, summary, fields and blocks, for search.</summary>
    public string PlainText { get; init; } = "";

    public string? ChangeNote { get; init; }

    public string AuthorId { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public VersionState State { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Scheduled publication (UTC) of an approved version.</summary>
    public DateTimeOffset? PublishAt { get; set; }

    public string? PublishScheduledBy { get; set; }

    public DateTimeOffset? PublishClaimedUntil { get; set; }

    public IReadOnlyList<Block> ReadBlocks() => BlockJson.Deserialize(BodyJson);

    public ContentFields ReadFields() =>
        System.Text.Json.JsonSerializer.Deserialize<ContentFields>(FieldsJson, BlockJson.Options)
        ?? throw new InvalidOperationException($"Version {Id} has no fields.");

    /// <summary>Every media asset the version uses (blocks, fields, SEO image): what the media usage index records.</summary>
    public IReadOnlySet<Guid> ReadMediaAssetIds() =>
        ReadBlocks().SelectMany(b => b.MediaAssetIds()).Concat(ReadFields().MediaAssetIds()).Concat(SeoImageAssetId is { } image ? [image] : []).ToHashSet();

    public SeoSettings Seo => new() { MetaTitle = MetaTitle, MetaDescription = MetaDescription, ImageAssetId = SeoImageAssetId, NoIndex = NoIndex };
}
