namespace Portal.Content.Blocks;

/// <summary>The JSON discriminator of each block type, as stored in a version's body.</summary>
public static class BlockTypes
{
    public const string RichText = "richText";
    public const string Heading = "heading";
    public const string Image = "image";
    public const string Video = "video";
    public const string Audio = "audio";
    public const string DownloadList = "downloadList";
    public const string Callout = "callout";
    public const string Steps = "steps";
    public const string Quote = "quote";
    public const string FaqList = "faqList";
    public const string ContentReference = "contentReference";
    public const string ReportTip = "reportTip";
    public const string Columns = "columns";

    public static readonly IReadOnlyList<string> All =
        [RichText, Heading, Image, Video, Audio, DownloadList, Callout, Steps, Quote, FaqList, ContentReference, ReportTip, Columns];

    private static readonly Dictionary<Type, string> ByClrType = typeof(Block)
        .GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonDerivedTypeAttribute), inherit: false)
        .Cast<System.Text.Json.Serialization.JsonDerivedTypeAttribute>()
        .ToDictionary(a => a.DerivedType, a => (string)a.TypeDiscriminator!);

    /// <summary>The discriminator declared for a block class on <see cref="Block"/>.</summary>
    public static string Of(Type blockType) => ByClrType[blockType];
}
