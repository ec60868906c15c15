using System.Globalization;
using System.Text;

namespace Portal.Tips.Reporting;

/// <summary>
/// Text from the public is kept as the reporter wrote it, except for characters that can only hide or
/// disguise text: control characters (other than line breaks and tabs) and bidirectional overrides or
/// isolates, which could make a narrative read differently to the officer than it was written.
/// Emoji and every script are kept. HTML is kept as text; pages encode it and never render it.
/// </summary>
internal static class TipTextRules
{
    public const int MaxNarrativeLength = 20_000;
    public const int MaxFieldLength = 2_000;

    /// <summary>The cleaned text (null when nothing is left) and how many characters were removed.</summary>
    public static (string? Text, int Removed) Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (null, 0);
        }

        var cleaned = new StringBuilder(text.Length);
        var removed = 0;
        foreach (var rune in text.Replace("\r\n", "\n", StringComparison.Ordinal).EnumerateRunes())
        {
            if (IsHidingCharacter(rune))
            {
                removed++;
                continue;
            }

            cleaned.Append(rune.ToString());
        }

        var result = cleaned.ToString().Trim();
        return (result.Length == 0 ? null : result, removed);
    }

    /// <summary>Length as a person counts it: one per character, an emoji counts once.</summary>
    public static int VisibleLength(string? text) => text is null ? 0 : new StringInfo(text).LengthInTextElements;

    private static bool IsHidingCharacter(Rune rune) =>
        rune.Value switch
        {
            '\n' or '\t' => false,
            >= 0x202A and <= 0x202E => true, // LRE, RLE, PDF, LRO, RLO
            >= 0x2066 and <= 0x2069 => true, // LRI, RLI, FSI, PDI
            0x200E or 0x200F or 0x061C => true, // LRM, RLM, ALM
            _ => Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control,
        };
}
