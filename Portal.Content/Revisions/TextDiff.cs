using System.Globalization;
using System.Text;
using DiffPlex;

namespace Portal.Content.Revisions;

/// <summary>
/// A text diff that works for Chinese and English alike: Han and other CJK characters compare one by one (there are
/// no spaces between Chinese words), Latin words and numbers whole, whitespace and punctuation on their own.
/// </summary>
internal static class TextDiff
{
    public static IReadOnlyList<TextSegment> Compute(string? oldText, string? newText)
    {
        oldText ??= "";
        newText ??= "";
        if (oldText == newText)
        {
            return oldText.Length == 0 ? [] : [new TextSegment(SegmentKind.Same, oldText)];
        }

        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, MixedScriptChunker.Instance);
        var segments = new List<TextSegment>();
        var a = 0;
        var b = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, SegmentKind.Same, result.PiecesOld, a, block.DeleteStartA - a);
            Add(segments, SegmentKind.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, SegmentKind.Added, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        Add(segments, SegmentKind.Same, result.PiecesOld, a, result.PiecesOld.Count - a);
        return segments;
    }

    private static void Add(List<TextSegment> segments, SegmentKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new TextSegment(kind, text));
        }
    }

    private sealed class MixedScriptChunker : IChunker
    {
        public static readonly MixedScriptChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var chunks = new List<string>();
            var word = new StringBuilder();
            foreach (var rune in text.EnumerateRunes())
            {
                if (Rune.IsLetterOrDigit(rune) && !IsCjk(rune))
                {
                    word.Append(rune.ToString());
                    continue;
                }

                if (word.Length > 0)
                {
                    chunks.Add(word.ToString());
                    word.Clear();
                }

                chunks.Add(rune.ToString());
            }

            if (word.Length > 0)
            {
                chunks.Add(word.ToString());
            }

            return chunks;
        }

        private static bool IsCjk(Rune rune) =>
            rune.Value is (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF)
            || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherLetter && rune.Value >= 0x3000;
    }
}
