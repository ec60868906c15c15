using Portal.Tests.Infrastructure;
using Portal.Web.PublicSite;

namespace Portal.Tests.Web;

[UnitTest]
public sealed class RichTextHeadingsTests
{
    private const string Html = "<h3>如何识别</h3><p>不要交 h3 身份证</p><h4 class=\"x\">高薪</h4><h34>not a heading</h34>";

    [Fact]
    public void Without_a_heading_block_above_the_rich_texts_headings_move_up_one_level() =>
        Assert.Equal("<h2>如何识别</h2><p>不要交 h3 身份证</p><h3 class=\"x\">高薪</h3><h34>not a heading</h34>", RichTextHeadings.Outlined(Html, underHeadingBlock: false));

    [Fact]
    public void Under_a_heading_block_they_stay_as_written() =>
        Assert.Equal(Html, RichTextHeadings.Outlined(Html, underHeadingBlock: true));
}
