using System.Globalization;
using System.Text;

namespace Portal.Content.Search;

/// <summary>
/// Turns text into the grams the search index stores. Chinese is written without spaces, so runs of CJK characters
/// become overlapping character bigrams (and single characters, so a one-character query finds something); other
/// scripts become lower-cased words of letters and digits. Text and query go through the same normalisation (NFKC,
/// lower case), so full-width and half-width forms match.
/// </summary>
internal static class SearchText
{
    /// <summary>Longer words are cut to this length (the column holds <see cref="MaxGramLength"/> characters).</summary>
    public const int MaxWordLength = 40;

    public const int MaxGramLength = 64;

    /// <summary>A query with more grams than this is refused (it would only be slower, not better).</summary>
    public const int MaxQueryGrams = 32;

    /// <summary>Every gram of <paramref name="text"/> with how often it occurs.</summary>
    public static Dictionary<string, int> IndexGrams(string? text)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (cjk, run) in Runs(text))
        {
            if (!cjk)
            {
                Count(grams, run);
                continue;
            }

            var characters = Characters(run);
            for (var i = 0; i < characters.Count; i++)
            {
                Count(grams, characters[i]);
                if (i + 1 < characters.Count)
                {
                    Count(grams, characters[i] + characters[i + 1]);
                }
            }
        }

        return grams;
    }

    /// <summary>
    /// The grams a query needs, all of which a hit must contain: bigrams of each CJK run (a lone CJK character as
    /// itself), and each other word. Distinct, in query order.
    /// </summary>
    public static IReadOnlyList<string> QueryGrams(string? query)
    {
        var grams = new List<string>();
        foreach (var (cjk, run) in Runs(query))
        {
            if (!cjk)
            {
                grams.Add(run);
                continue;
            }

            var characters = Characters(run);
            if (characters.Count == 1)
            {
                grams.Add(characters[0]);
            }

            for (var i = 0; i + 1 < characters.Count; i++)
            {
                grams.Add(characters[i] + characters[i + 1]);
            }
        }

        return [.. grams.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The query's words and CJK runs as typed (normalised): what a snippet highlights.</summary>
    public static IReadOnlyList<(bool Cjk, string Run)> QueryRuns(string? query) => [.. Runs(query).Distinct()];

    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    public static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x3400 and <= 0x4DBF => true, // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK unified ideographs
        >= 0xF900 and <= 0xFAFF => true, // compatibility ideographs
        >= 0x3040 and <= 0x30FF => true, // kana
        >= 0xAC00 and <= 0xD7AF => true, // hangul syllables
        >= 0x20000 and <= 0x3134F => true, // extensions B–G
        _ => false,
    };

    public static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Runs of CJK characters and runs of other letters and digits; everything else separates them.</summary>
    internal static IEnumerable<(bool Cjk, string Run)> Runs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        var current = new StringBuilder();
        var currentIsCjk = false;
        foreach (var rune in Normalize(text).EnumerateRunes())
        {
            var cjk = IsCjk(rune);
            if (!cjk && !IsWordRune(rune))
            {
                if (current.Length > 0)
                {
                    yield return (currentIsCjk, Cut(current.ToString(), currentIsCjk));
                    current.Clear();
                }

                continue;
            }

            if (current.Length > 0 && cjk != currentIsCjk)
            {
                yield return (currentIsCjk, Cut(current.ToString(), currentIsCjk));
                current.Clear();
            }

            currentIsCjk = cjk;
            current.Append(rune.ToString());
        }

        if (current.Length > 0)
        {
            yield return (currentIsCjk, Cut(current.ToString(), currentIsCjk));
        }
    }

    private static string Cut(string run, bool cjk)
    {
        if (cjk || run.Length <= MaxWordLength)
        {
            return run;
        }

        var length = char.IsHighSurrogate(run[MaxWordLength - 1]) ? MaxWordLength - 1 : MaxWordLength;
        return run[..length];
    }

    private static List<string> Characters(string run) => [.. run.EnumerateRunes().Select(r => r.ToString())];

    private static void Count(Dictionary<string, int> grams, string gram) =>
        grams[gram] = grams.GetValueOrDefault(gram) + 1;
}
