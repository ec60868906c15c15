using Portal.Content.Delivery;

namespace Portal.Web.Content;

/// <summary>A published item the rich-text editor offers as a site link: its language, title and public path.</summary>
public sealed record SiteLink(string Culture, string Title, string Href);

/// <summary>
/// The live items an editor can link to from rich text, newest first, loaded once per staff circuit (the list is a
/// convenience: an editor may still type any site path or web address).
/// </summary>
public sealed class SiteLinks(PublishedListing listing)
{
    private IReadOnlyList<SiteLink>? links;

    public async Task<IReadOnlyList<SiteLink>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (links is null)
        {
            var items = await listing.ListAsync(new PublishedListQuery { Limit = PublishedListQuery.MaxItems }, cancellationToken);
            links = [.. items.Select(i => new SiteLink(i.Culture, i.Title, ContentUrls.Item(i.Culture, i.Rendition, i.Slug)))];
        }

        return links;
    }
}
