using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Content.Blocks;
using Portal.Tests.Infrastructure;
using Portal.Web.Components.Public.PublicSite.Content.Blocks;
using Portal.Web;
using Portal.Web.Content;

namespace Portal.Tests.Content.Manager;

/// <summary>
/// Every file a block shows or links to (image, video with poster, captions and sign-language version, audio,
/// downloads) comes from the staff media route in the preview of a draft, which the public route does not serve yet,
/// and from the public route on the public page.
/// </summary>
[UnitTest]
public sealed class PreviewMediaLinksTests : BunitContext
{
    private static readonly Guid Video = Guid.NewGuid(), Poster = Guid.NewGuid(), Captions = Guid.NewGuid(), Signed = Guid.NewGuid(), Audio = Guid.NewGuid(), Leaflet = Guid.NewGuid(), Photo = Guid.NewGuid();

    public PreviewMediaLinksTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
    }

    [Theory]
    [InlineData(true, "staff/media/")]
    [InlineData(false, "media/")]
    public void Media_links_follow_the_page_they_are_on(bool preview, string route)
    {
        var language = new ContentLanguage(Services.GetRequiredService<IStringLocalizer<ContentResource>>(), "zh-CN");
        var links = new List<string>();
        foreach (var fragment in new RenderFragment[]
        {
            b => { b.OpenComponent<VideoView>(0); b.AddAttribute(1, nameof(VideoView.Block), new VideoBlock { Id = Guid.NewGuid(), AssetId = Video, PosterAssetId = Poster, CaptionsAssetId = Captions, SignLanguageAssetId = Signed, Title = "视频" }); b.CloseComponent(); },
            b => { b.OpenComponent<AudioView>(0); b.AddAttribute(1, nameof(AudioView.Block), new AudioBlock { Id = Guid.NewGuid(), AssetId = Audio, Title = "音频" }); b.CloseComponent(); },
            b => { b.OpenComponent<DownloadListView>(0); b.AddAttribute(1, nameof(DownloadListView.Block), new DownloadListBlock { Id = Guid.NewGuid(), Items = [new DownloadItem { AssetId = Leaflet, Label = "传单" }] }); b.CloseComponent(); },
            b => { b.OpenComponent<ImageView>(0); b.AddAttribute(1, nameof(ImageView.Block), new ImageBlock { Id = Guid.NewGuid(), AssetId = Photo, Alt = "海报" }); b.CloseComponent(); },
        })
        {
            var view = Render<CascadingValue<bool>>(p => p.Add(x => x.Name, "StaffPreview").Add(x => x.Value, preview).Add(x => x.ChildContent, (RenderFragment)(b =>
            {
                b.OpenComponent<CascadingValue<ContentLanguage>>(0);
                b.AddAttribute(1, "Value", language);
                b.AddAttribute(2, "ChildContent", fragment);
                b.CloseComponent();
            })));
            links.AddRange(view.FindAll("[src], [href], [poster]").SelectMany(e => new[] { e.GetAttribute("src"), e.GetAttribute("href"), e.GetAttribute("poster") }).OfType<string>());
        }

        foreach (var id in new[] { Video, Poster, Captions, Signed, Audio, Leaflet, Photo })
        {
            Assert.Contains(links, link => link.EndsWith(id.ToString(), StringComparison.Ordinal));
        }

        Assert.All(links, link => Assert.StartsWith(route, link.TrimStart('/'), StringComparison.Ordinal));
    }
}
