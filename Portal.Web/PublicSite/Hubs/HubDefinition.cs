using Portal.Content.Common;
using Portal.Content.Delivery;
using Portal.Content.Taxonomy;
using Portal.Content.Types;

namespace Portal.Web.PublicSite.Hubs;

/// <summary>How a hub section shows its items.</summary>
public enum HubLayout
{
    /// <summary>Each item's link and summary, with the files it offers.</summary>
    Items,

    /// <summary>Curricula with their teacher guide and the whole pack as one zip.</summary>
    Curricula,

    /// <summary>Print files grouped by paper size (A4, A3, A2, A1…).</summary>
    PostersByPaperSize,

    /// <summary>Venue kits' public-address scripts, with the recording where there is one.</summary>
    Announcements,
}

/// <summary>One list on a hub: its heading (resx key) and which live items it shows.</summary>
public sealed record HubSection(string HeadingKey, HubLayout Layout = HubLayout.Items)
{
    /// <summary>Sections with the same group key are shown under one heading (the school levels), each as a sub-heading.</summary>
    public string? GroupKey { get; init; }

    public IReadOnlyList<ContentType> Types { get; init; } = HubDefinitions.ReadingTypes;

    public IReadOnlyList<Rendition> Renditions { get; init; } = [];

    public IReadOnlyList<string> Audiences { get; init; } = [];

    public IReadOnlyList<string> Settings { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>A further test on the live fields (e.g. venue kits that have a screen loop).</summary>
    public Func<PublishedListItem, bool>? Where { get; init; }

    public PublishedListQuery Query(string culture) => new()
    {
        Culture = culture, Types = Types, Renditions = Renditions, Audiences = Audiences, Settings = Settings, Topics = Topics, Limit = 50,
    };

    /// <summary>What a publication must evict for this list to be fresh: its types in the culture and the terms it filters by.</summary>
    public IEnumerable<string> CacheTags(string culture) =>
    [
        .. Types.Select(type => Portal.Content.Publication.ContentCacheTags.TypeList(type, culture)),
        .. Audiences.Select(key => Portal.Content.Publication.ContentCacheTags.Term(Vocabulary.Audience, key)),
        .. Settings.Select(key => Portal.Content.Publication.ContentCacheTags.Term(Vocabulary.Setting, key)),
        .. Topics.Select(key => Portal.Content.Publication.ContentCacheTags.Term(Vocabulary.Topic, key)),
    ];
}

/// <summary>
/// A hub: its texts (resx keys <c>Hub_{Key}_…</c>: title, lead, the regulation's words and article) and sections.
/// <see cref="PointsKey"/> names a list of plain advice shown before the sections (resx keys <c>…_1</c>, <c>…_2</c>…).
/// </summary>
public sealed record HubDefinition(AudienceHub Hub, string Key, IReadOnlyList<HubSection> Sections)
{
    public string? PointsKey { get; init; }

    public int PointCount { get; init; }

    /// <summary>Shows the volunteer sign-up link.</summary>
    public bool ShowsVolunteerSignUp { get; init; }

    /// <summary>A hub victims themselves read, who may be watched while they do: it shows the quick exit.</summary>
    public bool ShowsQuickExit { get; init; }
}
