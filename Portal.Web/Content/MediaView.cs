using Microsoft.AspNetCore.Components;
using Portal.Web.Content.Media;
using Portal.Web.PublicSite;

namespace Portal.Web.Content;

/// <summary>
/// A public block or field view that shows or links to media files. In the staff preview of a draft the files come
/// from the staff route, because the public one serves only files that published content uses: the reviewer sees and
/// can play and download what the public page will offer.
/// </summary>
public abstract class MediaView : ComponentBase
{
    [CascadingParameter(Name = "StaffPreview")]
    public bool Preview { get; set; }

    /// <summary>The file's link relative to the page's base, public or staff as the page is.</summary>
    protected string MediaHref(Guid assetId) =>
        PublicUrls.Href(Preview ? MediaFileEndpoints.StaffUrl(assetId) : ContentUrls.Media(assetId));
}
