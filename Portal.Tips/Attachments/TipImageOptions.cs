using System.ComponentModel.DataAnnotations;

namespace Portal.Tips.Attachments;

/// <summary>Section <c>Tips:Images</c>: how much decoding the viewing copies of tip photos may cost.</summary>
public sealed class TipImageOptions
{
    public const string SectionName = "Tips:Images";

    /// <summary>
    /// The most pixels (width × height, as the file's header declares them) a photo may have to be decoded for a
    /// viewing copy. A larger one is not decoded at all (a small file can declare a huge bitmap, four bytes a
    /// pixel once decoded): it is kept as an original, for supervisors only.
    /// </summary>
    [Range(1_000_000, 200_000_000, ErrorMessage = "Tips:Images:MaxPixels: must be between 1000000 and 200000000.")]
    public long MaxPixels { get; set; } = 64_000_000;

    /// <summary>Viewing copies decoded at once on one node; further photos wait their turn.</summary>
    [Range(1, 64, ErrorMessage = "Tips:Images:MaxConcurrentDecodes: must be between 1 and 64.")]
    public int MaxConcurrentDecodes { get; set; } = 2;
}
