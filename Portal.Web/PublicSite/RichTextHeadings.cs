using System.Text.RegularExpressions;

namespace Portal.Web.PublicSite;

/// <summary>
/// Rich text holds h3 and h4 only: the page title is h1 and heading blocks are h2. A rich-text block with no heading
/// block before it would then jump from the title's h1 to h3, which screen-reader users navigating by heading meet as a
/// missing level (and the Nu Html Checker reports), so there its headings move up one level.
/// </summary>
public static partial class RichTextHeadings
{
    public static string Outlined(string html, bool underHeadingBlock) =>
        underHeadingBlock ? html : HeadingTag().Replace(html, tag => $"<{tag.Groups[1].Value}h{int.Parse(tag.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - 1}");

    [GeneratedRegex("<(/?)h([34])(?=[\\s>])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingTag();
}
