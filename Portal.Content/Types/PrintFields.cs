using Portal.Content.Common;
using Portal.Content.Media;

namespace Portal.Content.Types;

public enum PaperSize
{
    A0,
    A1,
    A2,
    A3,
    A4,
    A5,

    /// <summary>Roll-up banner, 80 × 200 cm.</summary>
    RollUp,
}

/// <summary>A print-ready file in one paper size.</summary>
public sealed record PrintFile
{
    public PaperSize PaperSize { get; init; }

    public Guid AssetId { get; init; }
}

/// <summary>A downloadable file of a resource pack.</summary>
public sealed record ResourceFile
{
    public Guid AssetId { get; init; }

    public string Label { get; init; } = "";

    /// <summary>e.g. PDF, PPTX, DOCX, MP4.</summary>
    public string Format { get; init; } = "";

    public PaperSize? PaperSize { get; init; }

    public bool PrintReady { get; init; }

    public int? PageCount { get; init; }
}

/// <summary>A downloadable pack: files in order, optionally all of them as one archive.</summary>
public sealed record ResourceFields : ContentFields
{
    public IReadOnlyList<ResourceFile> Files { get; init; } = [];

    /// <summary>All files in one ZIP.</summary>
    public Guid? PackAssetId { get; init; }


    public override IEnumerable<string> PlainText() => Files.Select(f => f.Label);

    public override IEnumerable<Guid> MediaAssetIds() =>
        [.. Files.Select(f => f.AssetId).Where(id => id != Guid.Empty), .. PackAssetId is { } pack ? [pack] : Array.Empty<Guid>()];

    internal override IEnumerable<MediaReference> MediaReferences() =>
        [.. Files.SelectMany((f, i) => MediaReference.Optional($"fields.files[{i}].assetId", f.AssetId, MediaPlaces.Any)), .. MediaReference.Optional("fields.packAssetId", PackAssetId, MediaPlaces.Archive)];

    internal override ContentFields Normalize(FieldValidation validation)
    {
        validation.Require("files", Files is { Count: > 0 });
        return this with
        {
            Files = [.. (Files ?? []).Select((f, i) =>
            {
                if (f?.PageCount is { } pages)
                {
                    validation.Range($"files[{i}].pageCount", pages, 1, 10_000);
                }

                return new ResourceFile
                {
                    AssetId = validation.Asset($"files[{i}].assetId", f?.AssetId ?? Guid.Empty),
                    Label = validation.Text($"files[{i}].label", f?.Label, 200),
                    Format = validation.Text($"files[{i}].format", f?.Format, 10).ToUpperInvariant(),
                    PaperSize = f?.PaperSize,
                    PrintReady = f?.PrintReady ?? false,
                    PageCount = f?.PageCount,
                };
            })],
            PackAssetId = PackAssetId == Guid.Empty ? null : PackAssetId,
        };
    }
}

/// <summary>A poster: the image shown on the site (with alt text) and print files by paper size.</summary>
public sealed record PosterFields : ContentFields
{
    public Guid ImageAssetId { get; init; }

    /// <summary>Describes the poster, including its text, for readers who cannot see it.</summary>
    public string? AltText { get; init; }

    public IReadOnlyList<PrintFile> PrintFiles { get; init; } = [];


    public override IEnumerable<string> PlainText() => [AltText ?? ""];

    public override IEnumerable<Guid> MediaAssetIds() => [ImageAssetId, .. PrintFiles.Select(f => f.AssetId)];

    internal override IEnumerable<MediaReference> MediaReferences() =>
        [.. MediaReference.Optional("fields.imageAssetId", ImageAssetId, MediaPlaces.Image), .. PrintFileReferences("printFiles", PrintFiles)];

    /// <summary>Print files are PDFs, or images printed as they are.</summary>
    internal static IEnumerable<MediaReference> PrintFileReferences(string field, IReadOnlyList<PrintFile> files) =>
        files.SelectMany((f, i) => MediaReference.Optional($"fields.{field}[{i}].assetId", f.AssetId, MediaPlaces.PrintFile));

    internal override ContentFields Normalize(FieldValidation validation) => this with
    {
        ImageAssetId = validation.Asset("imageAssetId", ImageAssetId),
        AltText = validation.OptionalText("altText", AltText, 2_000),
        PrintFiles = PrintFilesOf(validation, "printFiles", PrintFiles),
    };

    internal override IEnumerable<ContentProblem> AccessibilityProblems() =>
        string.IsNullOrWhiteSpace(AltText) ? [ContentProblem.Error(ContentCodes.ImageAltMissing, "fields.altText")] : [];

    internal static IReadOnlyList<PrintFile> PrintFilesOf(FieldValidation validation, string field, IReadOnlyList<PrintFile>? files)
    {
        var list = files ?? [];
        if (list.GroupBy(f => f?.PaperSize).Any(g => g.Count() > 1))
        {
            validation.Problems.Add(ContentProblem.Error(ContentCodes.InvalidValue, "fields." + field, "paperSize"));
        }

        return [.. list.Select((f, i) => new PrintFile
        {
            PaperSize = f?.PaperSize ?? PaperSize.A4,
            AssetId = validation.Asset($"{field}[{i}].assetId", f?.AssetId ?? Guid.Empty),
        })];
    }
}

/// <summary>
/// Materials for a station or venue: a poster set by paper size, the script of the public-address announcement
/// (optionally recorded), a screen loop video for waiting rooms, and where the QR code on the posters leads.
/// </summary>
public sealed record VenueKitFields : ContentFields
{
    public IReadOnlyList<PrintFile> Posters { get; init; } = [];

    public string AnnouncementScript { get; init; } = "";

    public Guid? AnnouncementAudioAssetId { get; init; }

    public Guid? ScreenLoopVideoAssetId { get; init; }

    public Guid? ScreenLoopCaptionsAssetId { get; init; }

    /// <summary>A site path (e.g. <c>/report</c>) or an https address the QR code opens.</summary>
    public string? QrTarget { get; init; }


    public override IEnumerable<string> PlainText() => [AnnouncementScript];

    public override IEnumerable<Guid> MediaAssetIds() =>
        [.. Posters.Select(p => p.AssetId), .. new[] { AnnouncementAudioAssetId, ScreenLoopVideoAssetId, ScreenLoopCaptionsAssetId }.OfType<Guid>()];

    internal override IEnumerable<MediaReference> MediaReferences() =>
    [
        .. PosterFields.PrintFileReferences("posters", Posters),
        .. MediaReference.Optional("fields.announcementAudioAssetId", AnnouncementAudioAssetId, MediaPlaces.Audio),
        .. MediaReference.Optional("fields.screenLoopVideoAssetId", ScreenLoopVideoAssetId, MediaPlaces.Video),
        .. MediaReference.Optional("fields.screenLoopCaptionsAssetId", ScreenLoopCaptionsAssetId, MediaPlaces.Captions),
    ];

    internal override ContentFields Normalize(FieldValidation validation)
    {
        validation.Require("posters", Posters is { Count: > 0 });
        var qr = validation.OptionalText("qrTarget", QrTarget, 500);
        if (qr is not null && !(qr.StartsWith('/') && !qr.StartsWith("//", StringComparison.Ordinal))
            && !(Uri.TryCreate(qr, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            validation.Problems.Add(ContentProblem.Error(ContentCodes.InvalidValue, "fields.qrTarget", qr));
        }

        return this with
        {
            Posters = PosterFields.PrintFilesOf(validation, "posters", Posters),
            AnnouncementScript = validation.Text("announcementScript", AnnouncementScript, 10_000),
            AnnouncementAudioAssetId = AnnouncementAudioAssetId == Guid.Empty ? null : AnnouncementAudioAssetId,
            ScreenLoopVideoAssetId = ScreenLoopVideoAssetId == Guid.Empty ? null : ScreenLoopVideoAssetId,
            ScreenLoopCaptionsAssetId = ScreenLoopCaptionsAssetId == Guid.Empty ? null : ScreenLoopCaptionsAssetId,
            QrTarget = qr,
        };
    }

    internal override IEnumerable<ContentProblem> AccessibilityProblems() =>
        ScreenLoopVideoAssetId is not null && ScreenLoopCaptionsAssetId is null
            ? [ContentProblem.Error(ContentCodes.VideoCaptionsMissing, "fields.screenLoopCaptionsAssetId")]
            : [];
}
