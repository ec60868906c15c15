using Portal.Content.Delivery;

namespace Portal.Web.Content;

/// <summary>A published item the rich-text editor offers as a site link: its language, title and public path.</summary>
public sealed record SiteLink(string Culture, string Title, string Href);

/// <summary>
/// The live items an editor can link to from rich text: the newest, loaded once per staff circuit, and any other found
/// by a word of its title (the lists are a convenience: an editor may still type any site path or web address).
/// </summary>
public sealed class SiteLinks(PublishedListing listing)
{
    /// <summary>How many of the newest items the picker offers before anything is searched, and how many a search finds.</summary>
    public const int Newest = 100;

    private IReadOnlyList<SiteLink>? links;

    public async Task<IReadOnlyList<SiteLink>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (links is null)
        {
            links = await FindAsync(null, cancellationToken);
        }

        return links;
    }

    /// <summary>The newest live items whose title holds <paramref name="text"/>.</summary>
    public Task<IReadOnlyList<SiteLink>> SearchAsync(string? text, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(text) ? ListAsync(cancellationToken) : FindAsync(text, cancellationToken);

    private async Task<IReadOnlyList<SiteLink>> FindAsync(string? text, CancellationToken cancellationToken)
    {
        var items = await listing.ListAsync(new PublishedListQuery { Limit = Newest, TitleContains = text }, cancellationToken);
        return [.. items.Select(i => new SiteLink(i.Culture, i.Title, ContentUrls.Item(i.Culture, i.Rendition, i.Slug)))];
    }
}
