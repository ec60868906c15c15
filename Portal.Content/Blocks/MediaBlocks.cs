using Portal.Content.Common;
using Portal.Content.Media;

namespace Portal.Content.Blocks;

/// <summary>
/// An image from the media library. Alt text may be left for later while drafting, but publishing is refused without
/// it (a block that only decorates has no place in the body).
/// </summary>
public sealed record ImageBlock : Block
{
    public Guid AssetId { get; init; }

    public string? Alt { get; init; }

    public string? Caption { get; init; }

    public string? Credit { get; init; }


    public override IEnumerable<string> PlainText() => [Alt ?? "", Caption ?? ""];

    public override IEnumerable<Guid> MediaAssetIds() => AssetId == Guid.Empty ? [] : [AssetId];

    internal override IEnumerable<MediaReference> MediaReferences() => MediaReference.Optional("assetId", AssetId, MediaPlaces.Image);

    internal override Block Normalize(BlockValidation validation, string path) => this with
    {
        AssetId = validation.Asset(this, path, "assetId", AssetId),
        Alt = validation.OptionalText(this, path, "alt", Alt, BlockValidation.MaxShortText),
        Caption = validation.OptionalText(this, path, "caption", Caption, BlockValidation.MaxShortText),
        Credit = validation.OptionalText(this, path, "credit", Credit, BlockValidation.MaxShortText),
    };

    internal override IEnumerable<ContentProblem> AccessibilityProblems(string path) =>
        string.IsNullOrWhiteSpace(Alt) ? [ProblemAt(ContentCodes.ImageAltMissing, path, "alt")] : [];
}

/// <summary>A video: captions are required to publish; a transcript and a sign-language version are offered when present.</summary>
public sealed record VideoBlock : Block
{
    public Guid AssetId { get; init; }

    public string? Title { get; init; }

    /// <summary>A WebVTT caption track in the media library.</summary>
    public Guid? CaptionsAssetId { get; init; }

    public string? Transcript { get; init; }

    /// <summary>The same video with a sign-language interpreter.</summary>
    public Guid? SignLanguageAssetId { get; init; }

    public Guid? PosterAssetId { get; init; }


    public override IEnumerable<string> PlainText() => [Title ?? "", Transcript ?? ""];

    public override IEnumerable<Guid> MediaAssetIds() =>
        new[] { AssetId, CaptionsAssetId ?? Guid.Empty, SignLanguageAssetId ?? Guid.Empty, PosterAssetId ?? Guid.Empty }.Where(id => id != Guid.Empty);

    internal override IEnumerable<MediaReference> MediaReferences() =>
    [
        .. MediaReference.Optional("assetId", AssetId, MediaPlaces.Video),
        .. MediaReference.Optional("captionsAssetId", CaptionsAssetId, MediaPlaces.Captions),
        .. MediaReference.Optional("signLanguageAssetId", SignLanguageAssetId, MediaPlaces.Video),
        .. MediaReference.Optional("posterAssetId", PosterAssetId, MediaPlaces.Image),
    ];

    internal override Block Normalize(BlockValidation validation, string path) => this with
    {
        AssetId = validation.Asset(this, path, "assetId", AssetId),
        Title = validation.OptionalText(this, path, "title", Title, BlockValidation.MaxShortText),
        CaptionsAssetId = CaptionsAssetId == Guid.Empty ? null : CaptionsAssetId,
        SignLanguageAssetId = SignLanguageAssetId == Guid.Empty ? null : SignLanguageAssetId,
        PosterAssetId = PosterAssetId == Guid.Empty ? null : PosterAssetId,
        Transcript = validation.OptionalText(this, path, "transcript", Transcript, BlockValidation.MaxHtml),
    };

    internal override IEnumerable<ContentProblem> AccessibilityProblems(string path) =>
        CaptionsAssetId is null ? [ProblemAt(ContentCodes.VideoCaptionsMissing, path, "captionsAssetId")] : [];
}

/// <summary>An audio recording; a transcript is required to publish.</summary>
public sealed record AudioBlock : Block
{
    public Guid AssetId { get; init; }

    public string? Title { get; init; }

    public string? Transcript { get; init; }


    public override IEnumerable<string> PlainText() => [Title ?? "", Transcript ?? ""];

    public override IEnumerable<Guid> MediaAssetIds() => AssetId == Guid.Empty ? [] : [AssetId];

    internal override IEnumerable<MediaReference> MediaReferences() => MediaReference.Optional("assetId", AssetId, MediaPlaces.Audio);

    internal override Block Normalize(BlockValidation validation, string path) => this with
    {
        AssetId = validation.Asset(this, path, "assetId", AssetId),
        Title = validation.OptionalText(this, path, "title", Title, BlockValidation.MaxShortText),
        Transcript = validation.OptionalText(this, path, "transcript", Transcript, BlockValidation.MaxHtml),
    };

    internal override IEnumerable<ContentProblem> AccessibilityProblems(string path) =>
        string.IsNullOrWhiteSpace(Transcript) ? [ProblemAt(ContentCodes.AudioTranscriptMissing, path, "transcript")] : [];
}

public sealed record DownloadItem
{
    public Guid AssetId { get; init; }

    public string Label { get; init; } = "";

    public string? Description { get; init; }
}

/// <summary>Files to download (PDFs, posters, slides).</summary>
public sealed record DownloadListBlock : Block
{
    public string? Title { get; init; }

    public IReadOnlyList<DownloadItem> Items { get; init; } = [];


    public override IEnumerable<string> PlainText() =>
        [Title ?? "", .. Items.SelectMany(item => new[] { item.Label, item.Description ?? "" })];

    public override IEnumerable<Guid> MediaAssetIds() => Items.Select(item => item.AssetId).Where(id => id != Guid.Empty);

    /// <summary>A download may be a file of any kind.</summary>
    internal override IEnumerable<MediaReference> MediaReferences() => Items.SelectMany((item, i) => MediaReference.Optional($"items[{i}].assetId", item.AssetId, MediaPlaces.Any));

    internal override Block Normalize(BlockValidation validation, string path)
    {
        validation.NotEmpty(this, path, "items", Items);
        return this with
        {
            Title = validation.OptionalText(this, path, "title", Title, BlockValidation.MaxShortText),
            Items = [.. (Items ?? []).Select((item, i) => new DownloadItem
            {
                AssetId = validation.Asset(this, path, $"items[{i}].assetId", item?.AssetId ?? Guid.Empty),
                Label = validation.Text(this, path, $"items[{i}].label", item?.Label, BlockValidation.MaxShortText),
                Description = validation.OptionalText(this, path, $"items[{i}].description", item?.Description),
            })],
        };
    }
}
