using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Content.Blocks;

/// <summary>The words of an HTML fragment, with a line break where a block element ends (for search and diffs).</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BreakAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "caption", "table", "ul", "ol",
    };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var document = new HtmlParser().ParseDocument("<body></body>");
        var body = document.Body!;
        body.InnerHtml = html;
        var text = new StringBuilder();
        Append(body, text);
        return string.Join('\n', text.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                text.Append(textNode.Data);
            }
            else if (child is IElement element)
            {
                if (element.LocalName is "td" or "th")
                {
                    text.Append(' ');
                }

                Append(element, text);
                if (BreakAfter.Contains(element.LocalName))
                {
                    text.Append('\n');
                }
            }
        }
    }
}
