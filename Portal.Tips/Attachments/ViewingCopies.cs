using Microsoft.Extensions.Options;

namespace Portal.Tips.Attachments;

/// <summary>
/// Makes the viewing copy of a tip photo, within the decoding budget of <see cref="TipImageOptions"/>: at most
/// <see cref="TipImageOptions.MaxConcurrentDecodes"/> decodes at once on a node, and none for a photo whose header
/// declares more than <see cref="TipImageOptions.MaxPixels"/> pixels. A HEIC/HEIF photo, which Skia cannot
/// decode, gets a copy with its metadata items blanked instead (<see cref="HeifMetadataStripper"/>).
/// </summary>
public sealed class ViewingCopies : IDisposable
{
    private readonly IOptions<TipImageOptions> options;
    private readonly Func<Stream, long, ViewingCopyResult> decode;
    private readonly SemaphoreSlim decodes;

    public ViewingCopies(IOptions<TipImageOptions> options)
        : this(options, ImageMetadataStripper.CreateViewingCopy)
    {
    }

    /// <summary>With another decoder, so a test can hold decodes open and count them.</summary>
    internal ViewingCopies(IOptions<TipImageOptions> options, Func<Stream, long, ViewingCopyResult> decode)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
        this.decode = decode;
        decodes = new(options.Value.MaxConcurrentDecodes, options.Value.MaxConcurrentDecodes);
    }

    internal async Task<ViewingCopyResult> CreateAsync(MemoryStream image, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (contentType == HeifMetadataStripper.ContentType)
        {
            var bytes = image.TryGetBuffer(out var buffer) ? buffer.AsSpan(0, (int)image.Length) : image.ToArray();
            return HeifMetadataStripper.StrippedCopy(bytes) is { } stripped
                ? new ViewingCopyResult(stripped, HeifMetadataStripper.ContentType, null)
                : ViewingCopyResult.Failed(ViewingCopyResult.Unreadable);
        }

        await decodes.WaitAsync(cancellationToken);
        try
        {
            return decode(image, options.Value.MaxPixels);
        }
        finally
        {
            decodes.Release();
        }
    }

    public void Dispose() => decodes.Dispose();
}
