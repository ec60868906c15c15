using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Content.Media;
using Portal.Content.Types;
using Portal.Tests.Infrastructure;
using Portal.Web;
using Portal.Web.PublicSite;
using Portal.Web.PublicSite.Downloads;

namespace Portal.Tests.PublicSite;

/// <summary>
/// A paper size reaches readers in their language: a roll-up banner is 易拉宝 on a Chinese page, never the code "RollUp",
/// and an A-size stays as printers write it.
/// </summary>
[IntegrationTest]
public sealed class PaperSizeWordingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("zh-CN", PaperSize.RollUp, "易拉宝（80×200 厘米） 印刷文件", "易拉宝（80×200 厘米）")]
    [InlineData("en", PaperSize.RollUp, "Roll-up banner (80 × 200 cm) print file", "Roll-up banner (80 × 200 cm)")]
    [InlineData("zh-CN", PaperSize.A3, "A3 印刷文件", "A3")]
    public void A_print_files_label_and_description_name_its_paper_size_in_words(string culture, PaperSize size, string label, string inMeta)
    {
        var text = new PageText(portal.Services.GetRequiredService<IStringLocalizer<SharedResource>>(), culture, culture);
        var file = new DownloadableFile(Guid.NewGuid(), DownloadRole.PrintFile, null, "PDF", size, 2);
        var media = new MediaFile(file.AssetId, null, "banner.pdf", "application/pdf", MediaKind.Document, 2_400_000, "\"e\"", DateTimeOffset.UnixEpoch);

        Assert.Equal(label, DownloadText.Label(file, text));
        var meta = DownloadText.Meta(file, media, text);
        Assert.Contains(inMeta, meta, StringComparison.Ordinal);
        Assert.DoesNotContain("RollUp", label + meta, StringComparison.Ordinal);
    }
}
