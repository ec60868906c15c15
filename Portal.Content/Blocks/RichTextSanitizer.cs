using Ganss.Xss;

namespace Portal.Content.Blocks;

/// <summary>The HTML that survives sanitising, and what was taken out (e.g. <c>script</c>, <c>onclick</c>, <c>href</c>).</summary>
public sealed record SanitizedHtml(string Html, IReadOnlyList<string> Removed);

/// <summary>
/// Cleans rich text on the server before it is stored, with an allow-list: text formatting, lists, links (http, https,
/// mailto, tel and relative), quotations and simple tables; no scripts, no event handlers, no styles, no classes, no
/// embedded objects. Wrappers that are not allowed (e.g. <c>font</c>) are dropped but their text is kept; the content
/// of executable or embedding elements is dropped with them.
/// </summary>
public sealed class RichTextSanitizer
{
    private static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed",
        "svg", "math", "textarea", "select", "button", "form", "input", "link", "meta", "base", "title", "head",
    };

    private readonly HtmlSanitizerOptions options;

    public RichTextSanitizer()
    {
        options = HtmlSanitizerOptions.Empty();
        foreach (var tag in (string[])
                 ["p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark", "abbr", "cite", "q", "code",
                  "ul", "ol", "li", "a", "blockquote", "h3", "h4", "div", "span",
                  "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"])
        {
            options.AllowedTags.Add(tag);
        }

        foreach (var attribute in (string[])["href", "title", "lang", "dir", "colspan", "rowspan", "scope", "headers", "abbr"])
        {
            options.AllowedAttributes.Add(attribute);
        }

        foreach (var scheme in (string[])["http", "https", "mailto", "tel"])
        {
            options.AllowedSchemes.Add(scheme);
        }

        options.UriAttributes.Add("href");
    }

    public SanitizedHtml Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return new SanitizedHtml("", []);
        }

        // One sanitizer per call: the events report what this call removed.
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        var removed = new List<string>();
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DropWithContent.Contains(e.Tag.LocalName))
            {
                e.Tag.InnerHtml = "";
            }

            removed.Add(e.Tag.LocalName);
        };
        sanitizer.RemovingAttribute += (_, e) => removed.Add(e.Attribute.Name);
        sanitizer.RemovingStyle += (_, e) => removed.Add("style");
        sanitizer.RemovingCssClass += (_, e) => removed.Add("class");
        sanitizer.RemovingAtRule += (_, e) => removed.Add("style");
        var clean = sanitizer.Sanitize(html).Trim();
        return new SanitizedHtml(clean, [.. removed.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }
}
