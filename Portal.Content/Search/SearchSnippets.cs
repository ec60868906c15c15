using System.Text;

namespace Portal.Content.Search;

/// <summary>A piece of a snippet: plain text (never markup; the page escapes it) and whether it matched the query.</summary>
public sealed record SnippetPart(string Text, bool Highlight);

/// <summary>Cuts a short passage around the first match out of an item's plain text and marks the matches in it.</summary>
internal static class SearchSnippets
{
    public const int Length = 120;

    /// <summary>The plain text without the title it starts with (a version's plain text is title, summary, fields, blocks).</summary>
    public static string Body(string title, string plainText)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(plainText);
        return plainText.StartsWith(title, StringComparison.Ordinal) ? plainText[title.Length..].TrimStart() : plainText;
    }

    public static IReadOnlyList<SnippetPart> Build(string text, string? query)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var (normalized, origin) = NormalizeWithMap(text);
        var ranges = Matches(normalized, query)
            .Select(r => (Start: origin[r.Start], End: origin[r.Start + r.Length - 1] + 1))
            .OrderBy(r => r.Start).ToList();
        var first = ranges.Count > 0 ? ranges[0].Start : 0;
        var start = Math.Max(0, first - (Length / 3));
        var end = Math.Min(text.Length, start + Length);
        start = Math.Max(0, Math.Min(start, end - Length));
        start = SafeBoundary(text, start);
        end = SafeBoundary(text, end);

        var parts = new List<SnippetPart>();
        var position = start;
        foreach (var (matchStart, matchEnd) in ranges)
        {
            var from = Math.Max(matchStart, position);
            var to = Math.Min(matchEnd, end);
            if (to <= from)
            {
                continue;
            }

            Add(parts, text[position..from], false);
            Add(parts, text[from..to], true);
            position = to;
        }

        Add(parts, text[position..end], false);
        if (parts.Count > 0 && start > 0)
        {
            parts[0] = parts[0] with { Text = "…" + parts[0].Text };
        }

        if (parts.Count > 0 && end < text.Length)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + "…" };
        }

        return parts;
    }

    /// <summary>Where the query's words (on word boundaries) and CJK runs, or failing a whole run its bigrams, occur.</summary>
    private static IEnumerable<(int Start, int Length)> Matches(string normalized, string? query)
    {
        foreach (var (cjk, run) in SearchText.QueryRuns(query))
        {
            var needles = cjk && normalized.Contains(run, StringComparison.Ordinal) ? [run]
                : cjk ? SearchText.QueryGrams(run)
                : [run];
            foreach (var needle in needles)
            {
                for (var at = normalized.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
                {
                    if (cjk || (IsBoundary(normalized, at - 1) && IsBoundary(normalized, at + needle.Length)))
                    {
                        yield return (at, needle.Length);
                    }
                }
            }
        }
    }

    /// <summary>As in <see cref="SearchText"/>, a CJK character ends a word (拨打110 has the word 110).</summary>
    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !Rune.TryGetRuneAt(text, index, out var rune) || !SearchText.IsWordRune(rune) || SearchText.IsCjk(rune);

    /// <summary>The normalised text and, for each of its chars, the index of the original char it came from.</summary>
    private static (string Normalized, int[] Origin) NormalizeWithMap(string text)
    {
        var builder = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            var piece = SearchText.Normalize(text.Substring(i, width));
            builder.Append(piece);
            origin.AddRange(Enumerable.Repeat(i, piece.Length));
            i += width;
        }

        origin.Add(text.Length);
        return (builder.ToString(), [.. origin]);
    }

    private static int SafeBoundary(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;

    private static void Add(List<SnippetPart> parts, string text, bool highlight)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (parts.Count > 0 && parts[^1].Highlight == highlight)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + text };
            return;
        }

        parts.Add(new SnippetPart(text, highlight));
    }
}
