using System.Globalization;
using Portal.Content.Blocks;

namespace Portal.Web.PublicSite;

/// <summary>
/// The <c>id</c> of each heading on a content page, so a link to a section lands on it. An anchor comes from the
/// heading block's own id, never from its text or position, so it stays the same when the editor rewrites that heading
/// or anything before it. Block ids are time-ordered GUIDs whose first digits are the time they were made (every block
/// written in one minute shares them), so the anchor takes the random digits at the end; should two still meet, the
/// later one in reading order gets <c>-2</c>, <c>-3</c>…
/// </summary>
public sealed class HeadingAnchors
{
    private readonly Dictionary<Guid, string> anchors = [];

    public HeadingAnchors(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (block, _) in blocks.SelectMany(b => b.SelfAndDescendants("")))
        {
            if (block is not HeadingBlock || anchors.ContainsKey(block.Id))
            {
                continue;
            }

            var anchor = "h-" + block.Id.ToString("N")[^8..];
            for (var n = 2; !taken.Add(anchor); n++)
            {
                anchor = "h-" + block.Id.ToString("N")[^8..] + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            anchors[block.Id] = anchor;
        }
    }

    /// <summary>The anchor of a heading on this page (a heading shown outside the page's blocks gets one from its id alone).</summary>
    public string For(HeadingBlock heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        return anchors.TryGetValue(heading.Id, out var anchor) ? anchor : "h-" + heading.Id.ToString("N");
    }
}
